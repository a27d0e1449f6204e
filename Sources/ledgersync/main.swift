import LedgerSyncCLI

LedgerSync.bootstrapLogging()
LedgerSync.runFromCommandLine()
