"""Small reusable widgets and layouts that belong to no feature."""
