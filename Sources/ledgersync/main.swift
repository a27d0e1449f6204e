import LedgerSyncCLI

LedgerSync.bootstrapLogging()
LedgerSync.main()
