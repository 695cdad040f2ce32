"""Excel workbooks: export for the Commission and other offices, safe import of office sheets.

export.export_workbook writes; plan.build_plan previews an import; commit.commit applies it;
annotate.save_annotated hands the file back with its bad cells marked.
"""
