"""Token-level CRF labelling of citation texts: tokens, features, the shipped model."""
