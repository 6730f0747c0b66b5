#pragma once

// Test helper: the gazetteer tests extract with. The bundled files only, never the user's folder, so what a
// tester added to their own gazetteer does not change a test's result.

#include "gazetteer/Gazetteer.h"

namespace rasad::test {

inline const Gazetteer &bundledGazetteer()
{
    static const Gazetteer gazetteer = Gazetteer::load({}, nullptr);
    return gazetteer;
}

} // namespace rasad::test
