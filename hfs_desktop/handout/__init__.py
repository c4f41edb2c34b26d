"""The PDF handout: fonts, styles, story (flowables) and page layout, with reportlab."""
