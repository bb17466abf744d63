"""Services: the rules of the product, with no widgets."""
