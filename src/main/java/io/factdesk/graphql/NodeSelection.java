package io.factdesk.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * The fields a query selects on the nodes of a connection ({@code edges { node { … } }}), as {@code Type.field}
 * names, each with the names of the fields selected directly below it, read from the operation's syntax tree.
 * <p>
 * graphql-java's {@code DataFetchingFieldSelectionSet} answers the same question, but builds the normalized tree of
 * the whole operation for it and compiles the glob of every lookup; on the editorial page that was 4 % of the CPU
 * (bench/README.md). Here only the few nodes below the connection are visited. Type conditions of fragments are
 * not checked: a field named on another type of a union or interface can only make the page load a field it then
 * does not use, never miss one. {@code @skip} and {@code @include} are honoured.
 */
final class NodeSelection {

    private final Map<String, FragmentDefinition> fragments;

    private final Map<String, Object> variables;

    private NodeSelection(DataFetchingEnvironment connection) {
        this.fragments = connection.getFragmentsByName();
        this.variables = connection.getVariables();
    }

    /**
     * The {@code Type.field} names selected below {@code edges/node} of the connection field being fetched, each
     * with the names selected below that field (none for a scalar).
     */
    static Map<String, Set<String>> of(DataFetchingEnvironment connection) {
        NodeSelection selection = new NodeSelection(connection);
        List<Field> nodes = selection.children(selection.children(connection.getMergedField().getFields(), "edges"),
                "node");
        Map<String, Set<String>> belowByName = new LinkedHashMap<>();
        for (Field node : nodes) {
            selection.collect(node.getSelectionSet(), field -> {
                Set<String> below = belowByName.computeIfAbsent(field.getName(), name -> new LinkedHashSet<>());
                selection.collect(field.getSelectionSet(), child -> below.add(child.getName()));
            });
        }
        Map<String, Set<String>> selected = new LinkedHashMap<>();
        for (String typeName : nodeTypeNames(connection)) {
            belowByName.forEach((fieldName, below) -> selected.put(typeName + "." + fieldName, below));
        }
        return selected;
    }

    private List<Field> children(List<Field> parents, String name) {
        List<Field> children = new ArrayList<>();
        for (Field parent : parents) {
            collect(parent.getSelectionSet(), field -> {
                if (field.getName().equals(name)) {
                    children.add(field);
                }
            });
        }
        return children;
    }

    private void collect(SelectionSet selectionSet, Consumer<Field> fields) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (!(selection instanceof DirectivesContainer<?> directed) || !isIncluded(directed)) {
                continue;
            }
            if (selection instanceof Field field) {
                fields.accept(field);
            }
            else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), fields);
            }
            else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = this.fragments.get(spread.getName());
                if (fragment != null && isIncluded(fragment)) {
                    collect(fragment.getSelectionSet(), fields);
                }
            }
        }
    }

    private boolean isIncluded(DirectivesContainer<?> node) {
        for (Directive directive : node.getDirectives()) {
            if (directive.getName().equals("skip") && isTrue(directive)) {
                return false;
            }
            if (directive.getName().equals("include") && !isTrue(directive)) {
                return false;
            }
        }
        return true;
    }

    private boolean isTrue(Directive directive) {
        Value<?> condition = directive.getArgument("if") == null ? null : directive.getArgument("if").getValue();
        if (condition instanceof BooleanValue literal) {
            return literal.isValue();
        }
        if (condition instanceof VariableReference variable) {
            return Boolean.TRUE.equals(this.variables.get(variable.getName()));
        }
        return false;
    }

    private static List<String> nodeTypeNames(DataFetchingEnvironment connection) {
        GraphQLFieldsContainer connectionType = (GraphQLFieldsContainer) GraphQLTypeUtil.unwrapAll(
                connection.getFieldType());
        GraphQLFieldsContainer edgeType = (GraphQLFieldsContainer) GraphQLTypeUtil.unwrapAll(
                connectionType.getFieldDefinition("edges").getType());
        GraphQLNamedType nodeType = GraphQLTypeUtil.unwrapAll(edgeType.getFieldDefinition("node").getType());
        if (nodeType instanceof GraphQLInterfaceType node) {
            return connection.getGraphQLSchema().getImplementations(node).stream().map(GraphQLNamedType::getName)
                    .toList();
        }
        if (nodeType instanceof GraphQLUnionType union) {
            return union.getTypes().stream().map(GraphQLNamedType::getName).toList();
        }
        return List.of(nodeType.getName());
    }
}
