// Must NOT link: core does not link Qt6::Widgets, so a widget symbol stays unresolved.
#include "library/library.h"
#include <QtWidgets/QWidget>

int main()
{
    QWidget w;
    w.show();
    return 0;
}
