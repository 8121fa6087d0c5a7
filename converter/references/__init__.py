"""Entry reading: one reference-list entry, as printed in any of the common styles -> one Work."""
