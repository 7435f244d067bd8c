// Used by the layering probe's own test: this must be reported.
#include "catalog/items.h"
