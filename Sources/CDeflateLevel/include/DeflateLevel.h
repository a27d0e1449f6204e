#ifndef LEDGERSYNC_DEFLATE_LEVEL_H
#define LEDGERSYNC_DEFLATE_LEVEL_H

/// Deflate streams this thread opens from now on use zlib level `level` (0 to 9), until cleared (see DeflateLevel.c).
void ledgersync_set_thread_deflate_level(int level);

/// Deflate streams this thread opens keep the level their caller asks for.
void ledgersync_clear_thread_deflate_level(void);

#endif
