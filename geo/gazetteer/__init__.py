"""The offline GeoNames gazetteer: import, download, and lookup by any spelling."""
