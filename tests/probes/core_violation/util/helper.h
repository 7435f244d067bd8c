// Used by the core layering probe's own tests: a low layer including a high one must be reported.
#include "export/exporttypes.h"
