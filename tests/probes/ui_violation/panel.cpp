// Used by the layering probe's own test: this must be reported.
#include "catalog/items.h"
// And this continuation must be reported too.
void load(Service &service) { service.loadThumbnail(hash).then([](const QImage &image) { return image; }); }
