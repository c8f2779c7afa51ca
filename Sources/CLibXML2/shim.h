#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with Foundation's bundled ICU module
// ("'UErrorCode' has different definitions"). docgen never uses libxml2's ICU converters (it hands libxml2
// UTF-8), and the ICU-only declarations are pointers or structs docgen does not touch, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
