#pragma once
// Placeholder: the GUI export owner replaces it.
