// Must NOT compile: core's include paths do not contain QtWidgets.
#include "library/library.h"
#include <QWidget>

int main()
{
    QWidget w;
    return 0;
}
