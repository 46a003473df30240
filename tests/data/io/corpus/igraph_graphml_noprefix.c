/* Writes GraphML with igraph's C library and attribute prefixes off
 * (igraph_write_graph_graphml(..., prefixattr = false)), the way igraph wrote GraphML before
 * prefixes existed and R's igraph still does with prefixAttr = FALSE: the graph attribute
 * "name" and the vertex attribute "name" then share the key id "name".
 * Built and run by make_corpus.py (needs Debian's libigraph-dev). */
#include <igraph.h>
#include <stdio.h>

int main(int argc, char** argv) {
    if (argc != 2)
        return 2;
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t g;
    /* Regie in a region: province directs two municipalities, they cooperate, a water
     * board joins; "name" on the graph and on the vertices, "weight" on the edges. */
    igraph_small(&g, 5, IGRAPH_DIRECTED, 0, 1, 0, 2, 1, 2, 2, 1, 3, 1, 3, 4, 0, 1, -1);
    SETGAS(&g, "name", "Regio Holland Rijnland");
    const char* names[] = {"Provincie", "Leiden", "Katwijk", "Rijnland", "Teylingen"};
    const char* kinds[] = {"province", "municipality", "municipality", "water_board",
                           "municipality"};
    for (int i = 0; i < 5; ++i) {
        SETVAS(&g, "name", i, names[i]);
        SETVAS(&g, "type", i, kinds[i]);
    }
    const double weights[] = {2, 1, 1.5, 1.5, 0.5, 1, 3};
    for (int i = 0; i < 7; ++i)
        SETEAN(&g, "weight", i, weights[i]);
    FILE* f = fopen(argv[1], "w");
    if (!f)
        return 1;
    igraph_write_graph_graphml(&g, f, /*prefixattr=*/0);
    fclose(f);
    igraph_destroy(&g);
    return 0;
}
