// DemoNames: invented place names for what a larger municipality has more of than the sample (schools,
// shops, areas, places), the same for the same index every time.
#pragma once

#include <QString>

namespace lk {

class DemoNames {
public:
    // A place such as "Ekbacken"; past the list's end a number follows ("Ekbacken 2").
    static QString stem(int index);
};

} // namespace lk
