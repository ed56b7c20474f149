"""Generated papers: board papers, minutes, decision notices and whole agenda packs, written from
the register as HTML, PDF (WeasyPrint) and DOCX (python-docx).

- `gather`: reads the register through services and lays each paper out as plain blocks (`model`);
- `html` renders blocks with Jinja2 templates an organisation may override (`templates`);
- `pdf` turns that HTML into PDF, `docx` writes the same blocks as a Word document;
- `output` writes files atomically: all of them or none.
"""
