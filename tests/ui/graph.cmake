# The actor graph, statistics panel and exports (owned with ui/graph, ui/stats, ui/export).
rasad_add_test(NAME tst_ui_graph GUI LABELS gui
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_graph.cpp
    LIBS rasadui)
rasad_add_test(NAME tst_ui_export GUI LABELS gui
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_export.cpp
    LIBS rasadui rasad_export Qt6::Svg)
