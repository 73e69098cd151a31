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
    void buildsNodesWithTagsAttributesAndText() {
        apply("""
                [{"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"p"},
                 {"node":5,"type":"put","key":"id","feat":3,"value":"count"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6,7]},
                 {"node":6,"type":"put","key":"text","feat":7,"value":"Showing "},
                 {"node":7,"type":"put","key":"text","feat":7,"value":"3"}]""");

        assertThat(tree.find(UidlTree.ATTRIBUTES, "id", "count")).contains(5);
        assertThat(tree.find(UidlTree.ELEMENT_DATA, "tag", "p")).contains(5);
        assertThat(tree.value(5, UidlTree.ATTRIBUTES, "id")).contains("count");
        assertThat(tree.hasText("3")).isTrue();
    }

    @Test
    void removesAndDetachesAsTheClientDoes() {
        apply("""
                [{"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2,3,4]},
                 {"node":2,"type":"put","key":"value","feat":1,"value":"a"},
                 {"node":2,"type":"remove","key":"value","feat":1},
                 {"node":4,"type":"put","key":"text","feat":7,"value":"gone"},
                 {"node":4,"type":"detach"}]""");

        assertThat(tree.value(2, UidlTree.PROPERTIES, "value")).isEmpty();
        assertThat(tree.hasText("gone")).isFalse();
    }
}
