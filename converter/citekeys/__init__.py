"""Citation keys: one per record, the same in every format that has a place for one."""
