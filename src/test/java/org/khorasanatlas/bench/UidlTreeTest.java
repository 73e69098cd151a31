package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class UidlTreeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UidlTree tree = new UidlTree();

    private void apply(String changes) {
        tree.apply(JSON.readTree(changes));
    }

    @Test
    void buildsNodesWithTagsAttributesChildrenAndText() {
        apply("""
                [{"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"p"},
                 {"node":5,"type":"put","key":"id","feat":3,"value":"count"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6,7]},
                 {"node":6,"type":"put","key":"text","feat":7,"value":"Showing "},
                 {"node":7,"type":"put","key":"text","feat":7,"value":"3"}]""");

        assertThat(tree.find(UidlTree.ATTRIBUTES, "id", "count")).contains(5);
        assertThat(tree.tag(5)).contains("p");
        assertThat(tree.children(5)).containsExactly(6, 7);
        assertThat(tree.textContent(5)).isEqualTo("Showing 3");
        assertThat(tree.hasText("3")).isTrue();
    }

    @Test
    void splicesClearsRemovesAndDetachesAsTheClientDoes() {
        apply("""
                [{"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2,3,4]},
                 {"node":1,"type":"splice","feat":2,"index":1,"remove":1,"addNodes":[9]},
                 {"node":2,"type":"put","key":"value","feat":1,"value":"a"},
                 {"node":2,"type":"remove","key":"value","feat":1},
                 {"node":4,"type":"put","key":"text","feat":7,"value":"gone"},
                 {"node":4,"type":"detach"}]""");

        assertThat(tree.children(1)).containsExactly(2, 9, 4);
        assertThat(tree.value(2, UidlTree.PROPERTIES, "value")).isEmpty();
        assertThat(tree.hasText("gone")).isFalse();

        apply("[{\"node\":1,\"type\":\"clear\",\"feat\":2}]");
        assertThat(tree.children(1)).isEmpty();
    }
}
