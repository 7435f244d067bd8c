// Used by the core layering probe's own tests: a high layer may include another (library uses export).
#include "export/exporter.h"
