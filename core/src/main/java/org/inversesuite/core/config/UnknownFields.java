package org.inversesuite.core.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the first misspelled field of a JSON config before Jackson binds it. Jackson binds
 * records through their constructor and reports a missing field before an unknown one, so
 * {@code "batchSise"} would surface as "batchSize is null"; this walk over the tree, guided by
 * the record components (and {@link JsonSubTypes} for polymorphic configs), names the unknown
 * field, its path, its line, and the fields that are allowed there.
 */
public final class UnknownFields {
  private UnknownFields() {}

  /**
   * An unknown field.
   *
   * @param path dotted path of the object holding it, e.g. "training"
   * @param field the unknown name
   * @param known the names allowed there
   * @param line 1-based line in the source text, or -1
   */
  public record Finding(String path, String field, List<String> known, int line) {
    /** @return a one-line description */
    public String describe() {
      return "unknown field '" + field + "' in " + (path.isEmpty() ? "the top level" : "'" + path + "'")
          + " (known fields: " + String.join(", ", known) + ")";
    }
  }

  /**
   * @param tree the parsed config
   * @param type the record type it should bind to
   * @param text the source text, for the line number (may be null)
   * @return the first unknown field in document order, if any
   */
  public static Optional<Finding> find(JsonNode tree, Class<?> type, String text) {
    List<String> path = new ArrayList<>();
    Optional<String[]> hit = walk(tree, type, path);
    return hit.map(h -> {
      List<String> at = Arrays.asList(h).subList(0, h.length - 2);
      List<String> known = Arrays.asList(h[h.length - 1].split(","));
      return new Finding(String.join(".", at).replace(".[", "["), h[h.length - 2], known,
          text == null ? -1 : line(text, at, h[h.length - 2]));
    });
  }

  private static Optional<String[]> walk(JsonNode node, Type type, List<String> path) {
    Class<?> raw = rawClass(type);
    if (node == null || raw == null) {
      return Optional.empty();
    }
    if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType p) {
      for (int i = 0; i < node.size(); i++) {
        path.add("[" + i + "]");
        Optional<String[]> r = walk(node.get(i), p.getActualTypeArguments()[0], path);
        path.remove(path.size() - 1);
        if (r.isPresent()) {
          return r;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    Class<?> concrete = raw;
    boolean typed = raw.isAnnotationPresent(JsonTypeInfo.class);
    if (typed) {
      JsonSubTypes subs = raw.getAnnotation(JsonSubTypes.class);
      String name = node.path("type").asText("");
      concrete = subs == null ? null : Arrays.stream(subs.value()).filter(s -> s.name().equals(name))
          .map(JsonSubTypes.Type::value).findFirst().orElse(null);
      if (concrete == null) {
        return Optional.empty();
      }
    }
    if (!concrete.isRecord()) {
      return Optional.empty();
    }
    RecordComponent[] components = concrete.getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toList());
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!names.contains(f) && !(typed && f.equals("type"))) {
        List<String> out = new ArrayList<>(path);
        out.add(f);
        out.add(String.join(",", names));
        return Optional.of(out.toArray(String[]::new));
      }
    }
    for (RecordComponent c : components) {
      path.add(c.getName());
      Optional<String[]> r = walk(node.get(c.getName()), c.getGenericType(), path);
      path.remove(path.size() - 1);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private static Class<?> rawClass(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    return t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
  }

  /** @return the line of {@code field} inside the object at {@code path}, or -1 */
  private static int line(String text, List<String> path, String field) {
    try (JsonParser p = new JsonFactory().createParser(text)) {
      Deque<String> stack = new ArrayDeque<>();
      Deque<Integer> index = new ArrayDeque<>();
      String pending = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          pending = p.currentName();
          if (pending.equals(field) && matches(stack, path)) {
            return p.currentLocation().getLineNr();
          }
        } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          String key = pending != null ? pending : nextIndex(index);
          if (!stack.isEmpty() || key != null) {
            stack.addLast(key == null ? "" : key);
          } else {
            stack.addLast("");
          }
          index.addLast(t == JsonToken.START_ARRAY ? 0 : -1);
          pending = null;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          stack.removeLast();
          index.removeLast();
        } else {
          if (pending == null) {
            nextIndex(index);
          }
          pending = null;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  private static String nextIndex(Deque<Integer> index) {
    if (index.isEmpty() || index.peekLast() < 0) {
      return null;
    }
    int i = index.removeLast();
    index.addLast(i + 1);
    return "[" + i + "]";
  }

  private static boolean matches(Deque<String> stack, List<String> path) {
    List<String> s = new ArrayList<>(stack);
    return s.size() == path.size() + 1 && s.subList(1, s.size()).equals(path);
  }
}
