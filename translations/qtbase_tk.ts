<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Bolýar</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Ýatda sakla</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hemmesini ýatda sakla</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Hawa</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Hemmesine h&amp;awa</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Ýok</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hemmesine ý&amp;ok</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Togtat</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Gaýtadan synan</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Geç</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Ýap</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ýatyr</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Ýatda saklama</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Kömek</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Ulan</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Başlangyç ýagdaýa getir</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Adaty sazlamalary dikelt</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;Bolýar</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Ýatda &amp;sakla</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Ýatyr</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>Ý&amp;ap</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Ýatda saklaman ýap</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Bolýar</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Yzyna al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Gaý&amp;tala</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kes</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Göçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>G&amp;oý</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Poz</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hemmesini saýla</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Yzyna al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Gaý&amp;tala</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kes</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Göçür</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Salgyny göçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>G&amp;oý</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Poz</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hemmesini saýla</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Hemmesini saýla</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Bir ädim ý&amp;okary</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Bir ädim &amp;aşak</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Jikme-jiklikleri görkez...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Jikme-jiklikleri gizle...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt barada</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt barada&lt;/h3&gt;&lt;p&gt;Bu programma Qt-niň %1 wersiýasyny ulanýar.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Papka:</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Papka:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Faýlyň a&amp;dy:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Faýllaryň &amp;görnüşi:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Faýllaryň görnüşi:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Ýatda &amp;sakla</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Saýla</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Başga at bilen ýatda sakla</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Papka saýla</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Poz</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Poz</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Adyny &amp;üýtget</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Aýyr</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Täze &amp;papka</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Täze papka</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Täze papka döret</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Täze papka döret</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Gizlin faýllary görkez</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Görkez </translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Ähli faýllar (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Ähli faýllar (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Yza</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Öňe</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Yza git</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Öňe git</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Ýokarky papka</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Ýokarky papkany aç</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Jikme-jik görnüş</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Sanaw görnüşi</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Jikme-jik görnüşe geç</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Sanaw görnüşine geç</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Papkalar</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Papka:</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Faýllar</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Ýerleriň we bellikleriň sanawy</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Gapdal panel</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Soňky ýerler</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompýuterim</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Faýl</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Faýl papkasy</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Papka</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Gysga ýol</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Näbelli</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 faýly</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 eýýäm bar.
Ony çalyşmak isleýärsiňizmi?</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» üýtgetmekden goralan.
Şonda-da pozmak isleýärsiňizmi?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>«%1» hakykatdan hem pozulsynmy?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Papkany pozup bolmady.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Faýl tapylmady.
Faýlyň adynyň dogry ýazylandygyny barlaň.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Papka tapylmady.
Papkanyň adynyň dogry ýazylandygyny barlaň.</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Ady</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Göwrümi</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Görnüşi</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Görnüşi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Görnüşi</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Üýtgedilen senesi</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Kompýuter</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompýuterim</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Nädogry faýl ady</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» adyny ulanyp bolmaýar.&lt;/b&gt;&lt;p&gt;Has gysga ýa-da dyngy belgileri bolmadyk başga at saýlaň.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Papka</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Papka</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Faýl</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Näbelli</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Şu ýere süýşür</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Çep gyra</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Sag gyra</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Ýokarky gyra</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Aşaky gyra</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Bir sahypa ýokary</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Bir sahypa aşak</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Bir sahypa çepe</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Bir sahypa saga</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Ýokary süýşür</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Aşak süýşür</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Çepe süýşür</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Saga süýşür</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Yza</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Indiki &gt;</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Indiki</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Tamamla</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ýatyr</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Kömek</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Kömek</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Tassykla</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Dowam et</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Taýýar</translation>
    </message>
    <message>
      <source>Go Back</source>
      <translation>Yza</translation>
    </message>
  </context>
  <context>
    <name>QUndoStack</name>
    <message>
      <source>Undo</source>
      <comment>Default text for undo action</comment>
      <translation>Yzyna al</translation>
    </message>
    <message>
      <source>Redo</source>
      <comment>Default text for redo action</comment>
      <translation>Gaýtala</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Yzyna al: %1</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Gaýtala: %1</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Bahany giriziň:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Ýatyr</translation>
    </message>
  </context>
</TS>
