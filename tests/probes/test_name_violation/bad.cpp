#include "lc_catch.h"
TEST_CASE("one thing; another")
{
}
