// The deflate level of the zip files this thread writes, for the writers whose libraries have no setting for it.
//
// libxlsxwriter 1.1.4 compresses each part at zlib's default level 6 and has no option to change it; on a large
// report that is a third of the run (a year's general ledger is a 190 MB sheet). Level 1 is three times faster for a
// file about a quarter larger. Every binary that links this target (ledgersync and the test runner alike, by the
// linker setting in Package.swift) exports this definition of deflateInit2_, so the dynamic linker binds the calls of
// libxlsxwriter's minizip to it ahead of zlib's own. While a thread has a level set, streams it opens get that level;
// otherwise the caller's level is kept (libzip's, which asks for its own level).
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <stddef.h>
#include <zlib.h>
#include "DeflateLevel.h"

/// INT_MIN: no level set on this thread.
static _Thread_local int threadLevel = INT_MIN;

void ledgersync_set_thread_deflate_level(int level) {
    threadLevel = level;
}

void ledgersync_clear_thread_deflate_level(void) {
    threadLevel = INT_MIN;
}

typedef int (*DeflateInit2)(z_streamp, int, int, int, int, int, const char *, int);

int deflateInit2_(z_streamp stream, int level, int method, int windowBits, int memLevel, int strategy,
                  const char *version, int streamSize) {
    DeflateInit2 zlib = (DeflateInit2)dlsym(RTLD_NEXT, "deflateInit2_");
    if (zlib == NULL) return Z_VERSION_ERROR;
    int chosen = threadLevel == INT_MIN ? level : threadLevel;
    return zlib(stream, chosen, method, windowBits, memLevel, strategy, version, streamSize);
}
