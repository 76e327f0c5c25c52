/* test-process-list.c
 *
 * The parser of `GET /containers/{id}/top` on a recorded reply and on
 * replies that are broken in the ways a foreign engine could break them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-process-list-private.h"

static LadingProcessList *
parse_text (const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return _lading_process_list_parse (bytes, error);
}

static void
test_process_list_recorded (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "container-top.json", NULL);
  g_autoptr(LadingProcessList) list = NULL;
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *row;

  file = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (file);
  list = _lading_process_list_parse (bytes, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_strv_length ((char **)lading_process_list_get_titles (list)), ==, 8);
  g_assert_cmpint (lading_process_list_find_column (list, "UID"), ==, 0);
  g_assert_cmpint (lading_process_list_find_column (list, "PID"), ==, 1);
  g_assert_cmpint (lading_process_list_find_column (list, "CMD"), ==, 7);
  g_assert_cmpint (lading_process_list_find_column (list, "RSS"), ==, -1);

  g_assert_cmpuint (lading_process_list_get_n_rows (list), ==, 3);
  row = lading_process_list_get_row (list, 1);
  g_assert_cmpuint (g_strv_length ((char **)row), ==, 8);
  g_assert_cmpstr (row[7], ==, "sleep 600");
  /* The child's parent is the first process. */
  g_assert_cmpstr (row[2], ==, lading_process_list_get_row (list, 0)[1]);
}

static void
test_process_list_bad_rows (void)
{
  g_autoptr(LadingProcessList) list = NULL;
  g_autoptr(GError) error = NULL;

  /* A short row, a number, a row that is not an array and no rows at all
   * in the second reply: only whole rows of strings are kept. */
  list = parse_text ("{\"Titles\":[\"PID\",\"CMD\"],\"Processes\":"
                     "[[\"1\",\"sh\"],[\"2\"],[\"3\",4],\"5 sleep\",[\"6\",\"top\"]]}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lading_process_list_get_n_rows (list), ==, 2);
  g_assert_cmpstr (lading_process_list_get_row (list, 1)[1], ==, "top");
  g_clear_pointer (&list, lading_process_list_unref);

  list = parse_text ("{\"Titles\":[\"PID\"],\"Processes\":null}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lading_process_list_get_n_rows (list), ==, 0);
}

static void
test_process_list_not_a_list (void)
{
  static const char * const replies[] = {
    "[]",
    "{\"Processes\":[]}",
    "{\"Titles\":\"PID\"}",
    "not json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (replies); i++)
    {
      g_autoptr(LadingProcessList) list = NULL;
      g_autoptr(GError) error = NULL;

      list = parse_text (replies[i], &error);
      g_assert_null (list);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
    }
}

static void
test_process_list_boxed (void)
{
  const char *titles[] = { "PID", NULL };
  const char *cells[] = { "1", NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(LadingProcessList) list = NULL;
  LadingProcessList *copy;

  g_ptr_array_add (rows, cells);
  list = lading_process_list_new (titles, rows);
  copy = g_boxed_copy (LADING_TYPE_PROCESS_LIST, list);

  /* Copying a boxed list shares it; the strings were copied on creation. */
  g_assert_true (copy == list);
  g_assert_true (lading_process_list_get_row (list, 0) != (const char * const *)cells);
  g_assert_cmpstr (lading_process_list_get_row (list, 0)[0], ==, "1");
  g_boxed_free (LADING_TYPE_PROCESS_LIST, copy);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit/process-list/recorded", test_process_list_recorded);
  g_test_add_func ("/unit/process-list/bad-rows", test_process_list_bad_rows);
  g_test_add_func ("/unit/process-list/not-a-list", test_process_list_not_a_list);
  g_test_add_func ("/unit/process-list/boxed", test_process_list_boxed);

  return g_test_run ();
}
