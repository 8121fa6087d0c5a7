"""Running conversions: reading input files, planning a batch, converting in worker processes, writing
outputs atomically, and reporting on standard error and in --report files."""
