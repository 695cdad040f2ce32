"""Laptops that sync: a laptop copy of the office database and signed change packages.

- `clone`: a laptop copy with its own identity and a record of where it came from.
- `changelog`: local edits, read from the audit trail, become per-field changes with the
  changes they supersede (`parents`); `heads` of a register are the changes nobody
  supersedes yet.
- `merge`: a register with one head (or heads of one value) takes that value; heads of
  different values are a conflict kept in the inbox (`inbox`), the receiving side's
  value left in place.
- `package`: the signed (optionally encrypted) zip, read as hostile input.
- `exchange`: `export_package` and `import_package` tie these together.

The design and its guarantees are written up in docs/team.md, "Laptops that sync".
"""
