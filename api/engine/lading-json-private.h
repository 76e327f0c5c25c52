/* lading-json-private.h
 *
 * Defensive readers for the engine's JSON.  The engine (or something pretending to be
 * one) may send members of the wrong type; every getter here treats that as "missing"
 * instead of letting json-glib emit a critical.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Parses one reply from the engine, or fails with LADING_ENGINE_ERROR_BAD_RESPONSE. */
JsonNode    *_lading_json_parse                (const char  *data,
                                                gssize       length,
                                                GError     **error);
JsonNode    *_lading_json_parse_bytes          (GBytes      *bytes,
                                                GError     **error);
/* As _lading_json_parse_bytes(), for a reply that must be an object; @what
 * names it in the error ("an inspect reply"). */
JsonNode    *_lading_json_parse_object_bytes   (GBytes      *bytes,
                                                const char  *what,
                                                GError     **error);

const char  *_lading_json_get_string           (JsonObject  *object,
                                                const char  *member);
gint64       _lading_json_get_int              (JsonObject  *object,
                                                const char  *member,
                                                gint64       default_value);
gboolean     _lading_json_get_boolean          (JsonObject  *object,
                                                const char  *member);
JsonObject  *_lading_json_get_object           (JsonObject  *object,
                                                const char  *member);
JsonArray   *_lading_json_get_array            (JsonObject  *object,
                                                const char  *member);
/* Element @index of @array (which may be NULL) if it is a string, else NULL. */
const char  *_lading_json_get_element_string   (JsonArray   *array,
                                                guint        index);

/* A string → string table of the scalar members of @member (labels, attributes);
 * never NULL. */
GHashTable  *_lading_json_dup_string_map       (JsonObject  *object,
                                                const char  *member);
/* The string elements of @array (which may be NULL); never NULL. */
char       **_lading_json_dup_strv             (JsonArray   *array);

/* RFC 3339 (with any fraction and offset) to unix seconds.  Go's zero time
 * ("0001-01-01T00:00:00Z"), NULL and anything unreadable give 0. */
gint64       _lading_json_parse_time           (const char  *text);
/* The same in microseconds, for times that need their fraction. */
gint64       _lading_json_parse_time_us        (const char  *text);

/* Turns one JSON object into a new GObject, or fails. */
typedef gpointer (*LadingJsonElementParser) (JsonObject  *object,
                                             gpointer     user_data,
                                             GError     **error);

/* The objects @parse makes of each element of @array (which may be NULL);
 * elements that are not objects or that @parse refuses are skipped. */
GPtrArray   *_lading_json_parse_elements       (JsonArray               *array,
                                                LadingJsonElementParser  parse,
                                                gpointer                 user_data);
/* The root array of @bytes through @parse; @what names the elements in errors.
 * A long list is parsed in two threads at once: @parse must be thread-safe. */
GPtrArray   *_lading_json_parse_list           (GBytes                  *bytes,
                                                const char              *what,
                                                LadingJsonElementParser  parse,
                                                gpointer                 user_data,
                                                GError                 **error);
/* The root object of @bytes through @parse, for inspect replies. */
gpointer     _lading_json_parse_single         (GBytes                  *bytes,
                                                const char              *what,
                                                LadingJsonElementParser  parse,
                                                gpointer                 user_data,
                                                GError                 **error);

G_END_DECLS
