#ifndef LEDGERSYNC_DEFLATE_LEVEL_H
#define LEDGERSYNC_DEFLATE_LEVEL_H

/// The zlib level every deflate stream in the process is opened with (see DeflateLevel.c).
int ledgersync_deflate_level(void);

#endif
