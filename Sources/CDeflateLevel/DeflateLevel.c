// Every deflate stream this process opens compresses at zlib's fastest level.
//
// libxlsxwriter 1.1.4 compresses each part at zlib's default level 6 and has no option to change it; on a large
// report that is a third of the run (a year's general ledger is a 190 MB sheet). Level 1 is three times faster for a
// file about a quarter larger. The executable exports this definition of deflateInit2_ (see Package.swift), so the
// dynamic linker binds the calls of libxlsxwriter's minizip and of libzip to it ahead of zlib's own, which it then
// calls with the level changed. Where the symbol is not exported (the test runner), zlib's own runs unchanged.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <zlib.h>
#include "DeflateLevel.h"

int ledgersync_deflate_level(void) {
    return Z_BEST_SPEED;
}

typedef int (*DeflateInit2)(z_streamp, int, int, int, int, int, const char *, int);

int deflateInit2_(z_streamp stream, int level, int method, int windowBits, int memLevel, int strategy,
                  const char *version, int streamSize) {
    (void)level;
    DeflateInit2 zlib = (DeflateInit2)dlsym(RTLD_NEXT, "deflateInit2_");
    if (zlib == NULL) return Z_VERSION_ERROR;
    return zlib(stream, ledgersync_deflate_level(), method, windowBits, memLevel, strategy, version, streamSize);
}
