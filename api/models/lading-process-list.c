/* lading-process-list.c
 *
 * The titles and rows of `top` inside a container.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-process-list"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-process-list-private.h"

struct _LadingProcessList
{
  gatomicrefcount   ref_count;
  char            **titles;
  /* Owned GStrv per process */
  GPtrArray        *rows;
};

G_DEFINE_BOXED_TYPE (LadingProcessList, lading_process_list,
                     lading_process_list_ref, lading_process_list_unref)

/**
 * lading_process_list_new:
 * @titles: the column titles
 * @rows: (element-type GStrv) (transfer none): one string array per process
 *
 * Returns: (transfer full): a list holding copies of @titles and @rows
 */
LadingProcessList *
lading_process_list_new (const char * const *titles,
                         GPtrArray          *rows)
{
  LadingProcessList *self;

  g_return_val_if_fail (titles != NULL, NULL);
  g_return_val_if_fail (rows != NULL, NULL);

  self = g_new0 (LadingProcessList, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->titles = g_strdupv ((char **)titles);
  self->rows = g_ptr_array_new_full (rows->len, (GDestroyNotify)g_strfreev);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (self->rows, g_strdupv (g_ptr_array_index (rows, i)));

  return self;
}

LadingProcessList *
lading_process_list_ref (LadingProcessList *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
lading_process_list_unref (LadingProcessList *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_strfreev (self->titles);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

const char * const *
lading_process_list_get_titles (LadingProcessList *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->titles;
}

guint
lading_process_list_get_n_rows (LadingProcessList *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

/**
 * lading_process_list_get_row:
 *
 * Returns: (transfer none): the cells of process @index, one per title
 */
const char * const *
lading_process_list_get_row (LadingProcessList *self,
                             guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

/**
 * lading_process_list_find_column:
 * @title: a title such as "PID" or "CMD"
 *
 * Returns: the index of the column named @title, or -1
 */
int
lading_process_list_find_column (LadingProcessList *self,
                                 const char        *title)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (title != NULL, -1);

  for (guint i = 0; self->titles[i] != NULL; i++)
    {
      if (strcmp (self->titles[i], title) == 0)
        return i;
    }

  return -1;
}

/* A row whose cells are not all strings, or whose count differs from the
 * titles', would put values under the wrong heading. */
static char **
dup_row (JsonNode *node,
         guint     n_titles)
{
  JsonArray *array;
  guint n_cells;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  n_cells = json_array_get_length (array);
  for (guint i = 0; i < n_cells; i++)
    {
      if (_lading_json_get_element_string (array, i) == NULL)
        return NULL;
    }

  return n_cells == n_titles ? _lading_json_dup_strv (array) : NULL;
}

LadingProcessList *
_lading_process_list_parse (GBytes  *bytes,
                            GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) titles = NULL;
  JsonArray *processes;
  JsonArray *titles_array;

  if (!(root = _lading_json_parse_bytes (bytes, error)))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !(titles_array = _lading_json_get_array (json_node_get_object (root), "Titles")))
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "The engine sent a process list without titles");
      return NULL;
    }

  titles = _lading_json_dup_strv (titles_array);
  processes = _lading_json_get_array (json_node_get_object (root), "Processes");
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  for (guint i = 0; processes != NULL && i < json_array_get_length (processes); i++)
    {
      char **row = dup_row (json_array_get_element (processes, i), g_strv_length (titles));

      if (row == NULL)
        g_debug ("Skipping process %u: not %u strings", i, g_strv_length (titles));
      else
        g_ptr_array_add (rows, row);
    }

  return lading_process_list_new ((const char * const *)titles, rows);
}
