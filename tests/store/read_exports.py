#!/usr/bin/env python3
"""Reads Rasad's exports with the readers researchers use and prints what they saw as JSON, for
tst_exporters to check. Exits 77 (the skip code) when a reader is not installed.

    read_exports.py graph FILE.gexf FILE.graphml   networkx (python3-networkx)
    read_exports.py csv FOLDER                     Python's csv module, every *.csv in FOLDER
"""
import csv
import json
import os
import sys

SKIP = 77


def graph_summary(graph, spells):
    def dates(data):
        # GEXF: spells as networkx reads them; GraphML: the 'dates' field, "a | b/c".
        if spells:
            return [list(s) for s in data.get("spells", [])]
        text = data.get("dates", "")
        return [part.split("/") if "/" in part else [part, part] for part in text.split(" | ") if part]

    nodes = {}
    for node, data in graph.nodes(data=True):
        nodes[node] = {"label": data.get("label", ""), "spells": dates(data),
                       "contacts": data.get("contacts")}
    edges = []
    for source, target, data in graph.edges(data=True):
        pair = sorted([source, target])
        edges.append({"source": pair[0], "target": pair[1], "weight": data.get("weight"),
                      "types": data.get("types", ""), "spells": dates(data)})
    edges.sort(key=lambda e: (e["source"], e["target"]))
    return {"directed": graph.is_directed(), "mode": graph.graph.get("mode", ""), "nodes": nodes, "edges": edges}


def read_graphs(gexf, graphml):
    try:
        import networkx
    except ImportError:
        print("networkx is not installed (Debian: python3-networkx)", file=sys.stderr)
        return SKIP
    out = {
        "networkx": networkx.__version__,
        "gexf": graph_summary(networkx.read_gexf(gexf), spells=True),
        "graphml": graph_summary(networkx.read_graphml(graphml), spells=False),
    }
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


def read_csv_folder(folder):
    tables = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".csv"):
            continue
        # utf-8-sig: the reader drops the byte-order mark; newline='' as the csv module asks, so
        # line breaks inside quoted cells survive.
        with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as f:
            tables[name] = list(csv.reader(f))
    json.dump(tables, sys.stdout, ensure_ascii=False)
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "graph":
        return read_graphs(argv[2], argv[3])
    if len(argv) == 3 and argv[1] == "csv":
        return read_csv_folder(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
