"""Key material: the vault's data key, its wrapped key slots, the OS keyring."""
