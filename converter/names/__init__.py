"""Names as printed -> structured names: family/given, particles, suffixes, East Asian order,
institutions as literal names; author lists of short forms, cite lines and reference lists."""
