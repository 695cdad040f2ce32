"""One module per feature's subcommands; each defines COMMANDS and register(subparsers)."""
