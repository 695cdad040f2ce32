"""Reports to the Commission: the activity report PDF, fact sheets and the submission pack."""
