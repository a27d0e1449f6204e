// xmlversion.h first, then switch ICU off: libxml2's ICU headers clash with Foundation's
// ("UErrorCode has different definitions").
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
