/* test-list-view.c
 *
 * LadingListView over a GListStore of a small item type of our own, so the
 * widget is tested apart from the engine's model objects (which have the same
 * property names); and in tree mode over LadingContainerGroups, whose
 * compose projects need real containers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "lading-api-enums.h"
#include "lading-container-groups.h"
#include "lading-list-view-private.h"
#include "lading-models-private.h"
#include "lading-state-badge.h"
#include "lading-status-text.h"
#include "lading-test-widgets.h"
#include "lading-text-cell.h"
#include "lading-ticker.h"
#include "lading-widgets.h"

/* {{{ TestItem */

#define TEST_TYPE_ITEM (test_item_get_type ())
G_DECLARE_FINAL_TYPE (TestItem, test_item, TEST, ITEM, GObject)

struct _TestItem
{
  GObject                parent_instance;
  char                  *name;
  char                  *image;
  gint64                 size;
  gint64                 created;
  LadingContainerState   state;
  LadingContainerHealth  health;
  int                    exit_code;
  gint64                 started_at;
  gint64                 finished_at;
  guint                  containers;
  GStrv                  tags;
};

G_DEFINE_FINAL_TYPE (TestItem, test_item, G_TYPE_OBJECT)

enum {
  ITEM_PROP_0,
  ITEM_PROP_NAME,
  ITEM_PROP_IMAGE,
  ITEM_PROP_SIZE,
  ITEM_PROP_CREATED,
  ITEM_PROP_STATE,
  ITEM_PROP_HEALTH,
  ITEM_PROP_EXIT_CODE,
  ITEM_PROP_STARTED_AT,
  ITEM_PROP_FINISHED_AT,
  ITEM_PROP_CONTAINERS,
  ITEM_PROP_TAGS,
  ITEM_N_PROPS
};

static GParamSpec *item_properties [ITEM_N_PROPS];

static void
test_item_finalize (GObject *object)
{
  TestItem *self = TEST_ITEM (object);

  g_free (self->name);
  g_free (self->image);
  g_strfreev (self->tags);

  G_OBJECT_CLASS (test_item_parent_class)->finalize (object);
}

static void
test_item_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TestItem *self = TEST_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_NAME: g_value_set_string (value, self->name); break;
    case ITEM_PROP_IMAGE: g_value_set_string (value, self->image); break;
    case ITEM_PROP_SIZE: g_value_set_int64 (value, self->size); break;
    case ITEM_PROP_CREATED: g_value_set_int64 (value, self->created); break;
    case ITEM_PROP_STATE: g_value_set_enum (value, self->state); break;
    case ITEM_PROP_HEALTH: g_value_set_enum (value, self->health); break;
    case ITEM_PROP_EXIT_CODE: g_value_set_int (value, self->exit_code); break;
    case ITEM_PROP_STARTED_AT: g_value_set_int64 (value, self->started_at); break;
    case ITEM_PROP_FINISHED_AT: g_value_set_int64 (value, self->finished_at); break;
    case ITEM_PROP_CONTAINERS: g_value_set_uint (value, self->containers); break;
    case ITEM_PROP_TAGS: g_value_set_boxed (value, self->tags); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Plain setters notify every time: the view must cope with that too. */
static void
test_item_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TestItem *self = TEST_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_NAME: g_free (self->name); self->name = g_value_dup_string (value); break;
    case ITEM_PROP_IMAGE: g_free (self->image); self->image = g_value_dup_string (value); break;
    case ITEM_PROP_SIZE: self->size = g_value_get_int64 (value); break;
    case ITEM_PROP_CREATED: self->created = g_value_get_int64 (value); break;
    case ITEM_PROP_STATE: self->state = g_value_get_enum (value); break;
    case ITEM_PROP_HEALTH: self->health = g_value_get_enum (value); break;
    case ITEM_PROP_EXIT_CODE: self->exit_code = g_value_get_int (value); break;
    case ITEM_PROP_STARTED_AT: self->started_at = g_value_get_int64 (value); break;
    case ITEM_PROP_FINISHED_AT: self->finished_at = g_value_get_int64 (value); break;
    case ITEM_PROP_CONTAINERS: self->containers = g_value_get_uint (value); break;
    case ITEM_PROP_TAGS: g_strfreev (self->tags); self->tags = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_item_class_init (TestItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = test_item_finalize;
  object_class->get_property = test_item_get_property;
  object_class->set_property = test_item_set_property;

  item_properties [ITEM_PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  item_properties [ITEM_PROP_IMAGE] = g_param_spec_string ("image", NULL, NULL, NULL, flags);
  item_properties [ITEM_PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  item_properties [ITEM_PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  item_properties [ITEM_PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, LADING_TYPE_CONTAINER_STATE,
                       LADING_CONTAINER_STATE_UNKNOWN, flags);
  item_properties [ITEM_PROP_HEALTH] =
    g_param_spec_enum ("health", NULL, NULL, LADING_TYPE_CONTAINER_HEALTH,
                       LADING_CONTAINER_HEALTH_NONE, flags);
  item_properties [ITEM_PROP_EXIT_CODE] =
    g_param_spec_int ("exit-code", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  item_properties [ITEM_PROP_STARTED_AT] =
    g_param_spec_int64 ("started-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  item_properties [ITEM_PROP_FINISHED_AT] =
    g_param_spec_int64 ("finished-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  item_properties [ITEM_PROP_CONTAINERS] =
    g_param_spec_uint ("containers", NULL, NULL, 0, G_MAXUINT, 0, flags);
  item_properties [ITEM_PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
test_item_init (TestItem *self)
{
}

/* }}} */

static const LadingListColumn columns[] = {
  { "name", "Name", "name", NULL, LADING_CELL_TEXT, 20, TRUE, TRUE, 0 },
  { "image", "Image", "image", NULL, LADING_CELL_MONOSPACE, 16, FALSE, TRUE, 0 },
  { "state", "State", "state", NULL, LADING_CELL_CONTAINER_STATE, 0, FALSE, TRUE, 0 },
  { "status", "Status", "state", "started-at", LADING_CELL_CONTAINER_STATUS, 18, FALSE, FALSE, 0 },
  { "size", "Size", "size", NULL, LADING_CELL_SIZE, 8, FALSE, FALSE, 0 },
  { "created", "Created", "created", NULL, LADING_CELL_RELATIVE_TIME, 12, FALSE, FALSE, 0 },
  { "containers", "Containers", "containers", NULL, LADING_CELL_COUNT, 4, FALSE, FALSE, 0 },
  { "tags", "Tags", "tags", NULL, LADING_CELL_TEXT, 10, TRUE, TRUE, 0 },
};

enum {
  COLUMN_NAME, COLUMN_IMAGE, COLUMN_STATE, COLUMN_STATUS, COLUMN_SIZE, COLUMN_CREATED,
  COLUMN_CONTAINERS, COLUMN_TAGS
};

typedef struct
{
  GtkWindow             *window;
  LadingListView        *view;
  GListStore            *store;
  LadingContainerGroups *groups;    /* tree mode only */
} Fixture;

static gboolean
watchdog_cb (gpointer data)
{
  g_error ("Timed out waiting for %s", (const char *)data);
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until @cond holds; the watchdog fails the test if it
 * never does. */
#define AWAIT(cond) G_STMT_START {                                   \
    guint watchdog_id = g_timeout_add_seconds (10, watchdog_cb, (gpointer) #cond); \
    while (!(cond))                                                  \
      g_main_context_iteration (NULL, TRUE);                         \
    g_source_remove (watchdog_id);                                   \
  } G_STMT_END

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static TestItem *
item_new (const char           *name,
          const char           *image,
          gint64                size,
          LadingContainerState  state)
{
  gint64 now = now_seconds ();

  return g_object_new (TEST_TYPE_ITEM,
                       "name", name,
                       "image", image,
                       "size", size,
                       "created", now - 3 * 3600,
                       "state", state,
                       "started-at", state == LADING_CONTAINER_STATE_RUNNING ? now - 180 : 0,
                       NULL);
}

static gboolean
is_inscription_with (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_INSCRIPTION (widget) &&
         g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0;
}

static GtkInscription *
find_cell (Fixture    *fixture,
           const char *text)
{
  return (GtkInscription *)lading_test_find_matching (GTK_WIDGET (fixture->view),
                                                     is_inscription_with, text);
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Busy texts and summaries are labels: they are rare and show whole. */
static GtkLabel *
find_label (Fixture    *fixture,
            const char *text)
{
  return (GtkLabel *)lading_test_find_matching (GTK_WIDGET (fixture->view), is_label_with, text);
}

static GtkColumnView *
get_column_view (Fixture *fixture)
{
  return GTK_COLUMN_VIEW (lading_test_find (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW));
}

static GListModel *
get_rows (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_column_view_get_model (get_column_view (fixture)));
}

static const char *
get_page (Fixture *fixture)
{
  GtkStack *stack = GTK_STACK (lading_test_find (GTK_WIDGET (fixture->view), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static const char *
get_row_name (Fixture *fixture,
              guint    position)
{
  g_autoptr(TestItem) item = g_list_model_get_item (get_rows (fixture), position);

  return item->name;
}

static void
set_search_text (Fixture    *fixture,
                 const char *text)
{
  GtkWidget *entry = lading_test_find (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY);

  lading_list_view_set_search_mode_enabled (fixture->view, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->store = g_list_store_new (TEST_TYPE_ITEM);
  fixture->view = LADING_LIST_VIEW (lading_list_view_new ());
  g_object_ref_sink (fixture->view);
  lading_list_view_set_model (fixture->view, G_LIST_MODEL (fixture->store));
  lading_list_view_set_empty_title (fixture->view, "No Things");
  lading_list_view_add_columns (fixture->view, columns, G_N_ELEMENTS (columns));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
}

static void
fixture_add_items (Fixture *fixture)
{
  g_autoptr(TestItem) alpha = NULL;
  g_autoptr(TestItem) bravo = NULL;
  g_autoptr(TestItem) charlie = NULL;
  gpointer items[3];

  alpha = item_new ("alpha", "busybox:latest", 1000, LADING_CONTAINER_STATE_RUNNING);
  bravo = item_new ("Bravo", "alpine:3", 3000000, LADING_CONTAINER_STATE_EXITED);
  charlie = item_new ("charlie", "busybox:1.36", 20, LADING_CONTAINER_STATE_PAUSED);

  items[0] = alpha;
  items[1] = bravo;
  items[2] = charlie;
  g_list_store_splice (fixture->store, 0, 0, items, G_N_ELEMENTS (items));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->groups);
  g_clear_object (&fixture->store);

  /* Every bound cell released the ticker when the rows went away. */
  g_assert_false (lading_ticker_is_running (lading_ticker_get_default ()));
  g_assert_finalize_object (fixture->view);
}

static void
test_list_view_pages (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_assert_cmpstr (get_page (fixture), ==, "empty");
  g_assert_cmpstr (lading_list_view_get_empty_title (fixture->view), ==, "No Things");

  fixture_add_items (fixture);
  g_assert_cmpstr (get_page (fixture), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 3);

  g_list_store_remove_all (fixture->store);
  g_assert_cmpstr (get_page (fixture), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 0);
}

static void
test_list_view_search (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(TestItem) delta = item_new ("delta", "nginx", 1, LADING_CONTAINER_STATE_CREATED);
  GListModel *rows;

  fixture_add_items (fixture);
  rows = get_rows (fixture);

  /* Names, case-insensitively… */
  set_search_text (fixture, "BRAV");
  AWAIT (g_list_model_get_n_items (rows) == 1);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "Bravo");
  g_assert_cmpstr (get_page (fixture), ==, "list");

  /* …images (a second searchable column)… */
  set_search_text (fixture, "busybox");
  AWAIT (g_list_model_get_n_items (rows) == 2);

  /* …and the state as the badge shows it. */
  set_search_text (fixture, "paused");
  AWAIT (g_list_model_get_n_items (rows) == 1);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "charlie");

  set_search_text (fixture, "zzz");
  AWAIT (g_list_model_get_n_items (rows) == 0);
  g_assert_cmpstr (get_page (fixture), ==, "no-results");

  /* An item that does not match keeps the no-results page. */
  g_list_store_append (fixture->store, delta);
  g_assert_cmpstr (get_page (fixture), ==, "no-results");

  lading_list_view_set_search_mode_enabled (fixture->view, FALSE);
  AWAIT (g_list_model_get_n_items (rows) == 4);
  g_assert_cmpstr (get_page (fixture), ==, "list");
  g_assert_false (lading_list_view_get_search_mode_enabled (fixture->view));
}

static gboolean
item_is_running (gpointer item,
                 gpointer user_data)
{
  return TEST_ITEM (item)->state == LADING_CONTAINER_STATE_RUNNING;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_list_view_sort (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkColumnView *column_view = get_column_view (fixture);
  g_autoptr(GtkColumnViewColumn) size_column = NULL;
  guint notified = 0;

  fixture_add_items (fixture);
  g_assert_null (lading_list_view_get_sort_column (fixture->view));

  /* Strings ignore case. */
  lading_list_view_sort_by (fixture->view, "name", GTK_SORT_DESCENDING);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "charlie");
  g_assert_cmpstr (get_row_name (fixture, 2), ==, "alpha");
  g_assert_cmpstr (lading_list_view_get_sort_column (fixture->view), ==, "name");
  g_assert_true (lading_list_view_get_sort_descending (fixture->view));

  lading_list_view_set_sort_descending (fixture->view, FALSE);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "alpha");
  g_assert_cmpstr (get_row_name (fixture, 1), ==, "Bravo");

  /* Enums sort by value: RUNNING < PAUSED < EXITED. */
  g_object_set (fixture->view, "sort-column", "state", NULL);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "alpha");
  g_assert_cmpstr (get_row_name (fixture, 2), ==, "Bravo");

  /* What a click on a header does: the properties follow. */
  g_signal_connect (fixture->view, "notify::sort-column", G_CALLBACK (count_notify_cb), &notified);
  size_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), COLUMN_SIZE);
  gtk_column_view_sort_by_column (column_view, size_column, GTK_SORT_DESCENDING);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (lading_list_view_get_sort_column (fixture->view), ==, "size");
  g_assert_true (lading_list_view_get_sort_descending (fixture->view));
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "Bravo");

  gtk_column_view_sort_by_column (column_view, NULL, GTK_SORT_ASCENDING);
  g_assert_null (lading_list_view_get_sort_column (fixture->view));
  g_assert_false (lading_list_view_get_sort_descending (fixture->view));
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
count_sorter_changed_cb (GtkSorter       *sorter,
                         GtkSorterChange  change,
                         guint           *count)
{
  (*count)++;
}

/* A change moves or filters a row again only when the sort or the filter
 * reads the property, and then that row alone, with the same object: the
 * sorter itself never changes, and the selection stays. */
static void
test_list_view_change_path (Fixture       *fixture,
                            gconstpointer  user_data)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (get_column_view (fixture));
  g_autoptr(GtkCustomFilter) running = gtk_custom_filter_new (item_is_running, NULL, NULL);
  g_autoptr(TestItem) alpha = NULL;
  const char * const state_only[] = { "state", NULL };
  guint rows_changed = 0;
  guint sorter_changed = 0;

  fixture_add_items (fixture);
  lading_list_view_sort_by (fixture->view, "name", GTK_SORT_ASCENDING);
  alpha = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);
  g_assert_true (lading_list_view_select_item (fixture->view, alpha));
  g_signal_connect (get_rows (fixture), "items-changed", G_CALLBACK (count_items_changed_cb),
                    &rows_changed);
  g_signal_connect (sorter, "changed", G_CALLBACK (count_sorter_changed_cb), &sorter_changed);

  /* Neither the sort nor a filter reads these. */
  g_object_set (alpha, "image", "other:1", "size", 5, "state", LADING_CONTAINER_STATE_EXITED, NULL);
  g_assert_cmpuint (rows_changed, ==, 0);

  /* The name is the sort's: alpha moves to the end on its own. */
  g_object_set (alpha, "name", "zulu", NULL);
  g_assert_cmpuint (rows_changed, ==, 1);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "Bravo");
  g_assert_cmpstr (get_row_name (fixture, 2), ==, "zulu");
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)alpha);

  /* A new name that keeps its rank moves nothing, and no row binds again. */
  rows_changed = 0;
  g_object_set (alpha, "name", "zulu-2", NULL);
  g_assert_cmpuint (rows_changed, ==, 0);
  g_assert_cmpstr (get_row_name (fixture, 2), ==, "zulu-2");
  g_object_set (alpha, "name", "able", NULL);
  g_assert_cmpuint (rows_changed, ==, 1);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "able");

  /* A search reads the searchable cells, the image among them. */
  rows_changed = 0;
  lading_list_view_set_search_text (fixture->view, "busybox");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  g_object_set (alpha, "size", 6, NULL);
  g_object_set (alpha, "image", "busybox:2", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 2);
  lading_list_view_set_search_text (fixture->view, "");

  /* An item filter that says what it reads, and one that does not. */
  lading_list_view_set_item_filter (fixture->view, GTK_FILTER (running));
  lading_list_view_set_item_filter_properties (fixture->view, state_only);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 0);
  rows_changed = 0;
  g_object_set (alpha, "image", "busybox:3", NULL);
  g_assert_cmpuint (rows_changed, ==, 0);
  g_object_set (alpha, "state", LADING_CONTAINER_STATE_RUNNING, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  lading_list_view_set_item_filter_properties (fixture->view, NULL);
  rows_changed = 0;
  g_object_set (alpha, "image", "busybox:4", NULL);
  g_assert_cmpuint (rows_changed, ==, 1);
  lading_list_view_set_item_filter (fixture->view, NULL);

  g_assert_cmpuint (sorter_changed, ==, 0);
  g_signal_handlers_disconnect_by_data (sorter, &sorter_changed);
  g_signal_handlers_disconnect_by_data (get_rows (fixture), &rows_changed);
}

/* GtkColumnView keeps its first visible row in view when that row moves; a
 * sort from code must show the top of the list instead. */
static void
test_list_view_sort_scrolls_to_top (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("item-%03u", i);

      g_ptr_array_add (items, item_new (name, "x", i, LADING_CONTAINER_STATE_CREATED));
    }
  g_list_store_splice (fixture->store, 0, 0, items->pdata, items->len);
  AWAIT (find_cell (fixture, "item-000") != NULL);

  lading_list_view_sort_by (fixture->view, "name", GTK_SORT_DESCENDING);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "item-299");
  AWAIT (find_cell (fixture, "item-299") != NULL);
  g_assert_null (find_cell (fixture, "item-000"));
}

static void
test_list_view_cell_kinds (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char * const tags[] = { "web", "prod", NULL };
  g_autoptr(TestItem) item = item_new ("one", "x", 1000, LADING_CONTAINER_STATE_RUNNING);
  GtkColumnView *column_view = get_column_view (fixture);
  g_autoptr(GtkColumnViewColumn) tags_column = NULL;
  GtkInscription *count;

  g_list_store_append (fixture->store, item);

  AWAIT (find_cell (fixture, "one") != NULL);
  g_assert_nonnull (find_cell (fixture, "1.0\u00a0kB"));    /* g_format_size() */
  g_assert_nonnull (find_cell (fixture, "3 hours ago"));
  count = find_cell (fixture, "—");
  g_assert_nonnull (count);

  g_object_set (item, "containers", 2, "tags", tags, NULL);
  g_assert_cmpstr (gtk_inscription_get_text (count), ==, "2");
  g_assert_nonnull (find_cell (fixture, "web, prod"));

  /* String arrays are searchable but not sortable. */
  tags_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), COLUMN_TAGS);
  g_assert_null (gtk_column_view_column_get_sorter (tags_column));
  set_search_text (fixture, "PROD");
  AWAIT (g_list_model_get_n_items (get_rows (fixture)) == 1);
  set_search_text (fixture, "staging");
  AWAIT (g_list_model_get_n_items (get_rows (fixture)) == 0);
}

/* Settings are bound before the page adds its columns. */
static void
test_list_view_sort_before_columns (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_ITEM);
  g_autoptr(TestItem) small = item_new ("small", "x", 1, LADING_CONTAINER_STATE_RUNNING);
  g_autoptr(TestItem) big = item_new ("big", "x", 100, LADING_CONTAINER_STATE_RUNNING);
  LadingListView *view = g_object_ref_sink (LADING_LIST_VIEW (lading_list_view_new ()));
  g_autoptr(TestItem) first = NULL;
  GtkColumnView *column_view;

  g_list_store_append (store, small);
  g_list_store_append (store, big);
  lading_list_view_set_model (view, G_LIST_MODEL (store));
  g_object_set (view, "sort-column", "size", "sort-descending", TRUE, NULL);
  g_assert_cmpstr (lading_list_view_get_sort_column (view), ==, "size");

  lading_list_view_add_columns (view, columns, G_N_ELEMENTS (columns));

  column_view = GTK_COLUMN_VIEW (lading_test_find (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  first = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (column_view)), 0);
  g_assert_true (first == big);
  g_assert_cmpstr (lading_list_view_get_sort_column (view), ==, "size");
  g_assert_true (lading_list_view_get_sort_descending (view));

  g_assert_finalize_object (view);
}

static void
test_list_view_update_in_place (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(TestItem) alpha = NULL;
  LadingStateBadge *badge;
  GtkInscription *cell;
  GtkInscription *status;
  g_autofree char *expected = NULL;
  gint64 started_at;

  fixture_add_items (fixture);
  alpha = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);

  AWAIT (find_cell (fixture, "alpha") != NULL);
  cell = find_cell (fixture, "alpha");
  g_object_set (alpha, "name", "alpha-renamed", NULL);
  g_assert_cmpstr (gtk_inscription_get_text (cell), ==, "alpha-renamed");

  /* The status cell and the badge follow a state change. */
  status = find_cell (fixture, "Up 3 minutes");
  g_assert_nonnull (status);
  badge = LADING_STATE_BADGE (lading_test_find (GTK_WIDGET (fixture->view),
                                                LADING_TYPE_STATE_BADGE));
  g_assert_cmpint (lading_state_badge_get_state (badge), ==, LADING_CONTAINER_STATE_RUNNING);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (badge), "running"));

  g_object_set (alpha,
                "state", LADING_CONTAINER_STATE_EXITED,
                "exit-code", 2,
                "finished-at", now_seconds () - 2 * 3600,
                NULL);
  g_assert_cmpstr (gtk_inscription_get_text (status), ==, "Exited (2) 2 hours ago");
  g_assert_cmpint (lading_state_badge_get_state (badge), ==, LADING_CONTAINER_STATE_EXITED);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (badge), "exited"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (badge), "running"));

  /* Relative times move on with the ticker, with no change to the item. */
  g_assert_true (lading_ticker_is_running (lading_ticker_get_default ()));
  started_at = now_seconds ();
  g_object_set (alpha, "state", LADING_CONTAINER_STATE_RUNNING, "started-at", started_at, NULL);
  g_assert_cmpstr (gtk_inscription_get_text (status), ==, "Up Less than a second");
  AWAIT (g_strcmp0 (gtk_inscription_get_text (status), "Up Less than a second") != 0);
  expected = lading_status_text_format (LADING_CONTAINER_STATE_RUNNING, 2,
                                        LADING_CONTAINER_HEALTH_NONE, started_at, 0,
                                        lading_ticker_get_now (lading_ticker_get_default ()));
  g_assert_true (g_str_has_suffix (expected, "second") || g_str_has_suffix (expected, "seconds"));
  g_assert_cmpstr (gtk_inscription_get_text (status), ==, expected);
}

/* A state cell shows what runs on its item instead of the badge, also when
 * bound after the text was set, and the badge again once it is over. */
static void
test_list_view_busy_text (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(TestItem) alpha = NULL;
  GtkWidget *badge;
  GtkSpinner *spinner;

  fixture_add_items (fixture);
  alpha = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);
  lading_list_view_set_search_text (fixture->view, "charlie");
  AWAIT (find_cell (fixture, "alpha") == NULL);

  lading_list_view_set_busy_text (fixture->view, alpha, "Stopping…");
  lading_list_view_set_search_text (fixture->view, "alpha");
  AWAIT (find_label (fixture, "Stopping…") != NULL);
  badge = lading_test_find (GTK_WIDGET (fixture->view), LADING_TYPE_STATE_BADGE);
  spinner = GTK_SPINNER (gtk_widget_get_next_sibling (badge));
  g_assert_false (gtk_widget_get_visible (badge));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  g_assert_true (gtk_spinner_get_spinning (spinner));

  lading_list_view_set_busy_text (fixture->view, alpha, NULL);
  g_assert_null (find_label (fixture, "Stopping…"));
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  g_assert_false (gtk_spinner_get_spinning (spinner));
}

static gboolean
item_in (GPtrArray *items,
         gpointer   item)
{
  return g_ptr_array_find (items, item, NULL);
}

static void
test_list_view_multi_select (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(TestItem) alpha = NULL;
  g_autoptr(TestItem) bravo = NULL;
  guint notified = 0;

  fixture_add_items (fixture);
  alpha = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);
  bravo = g_list_model_get_item (G_LIST_MODEL (fixture->store), 1);
  g_signal_connect (fixture->view, "notify::n-selected", G_CALLBACK (count_notify_cb), &notified);

  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 0);

  /* One row: the selected item is known. */
  g_assert_true (lading_list_view_select_item (fixture->view, bravo));
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)bravo);
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 1);

  /* All the rows the search leaves, through Ctrl+A's action. */
  set_search_text (fixture, "busybox");
  AWAIT (g_list_model_get_n_items (get_rows (fixture)) == 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "list.select-all", NULL));
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 2);
  g_assert_null (lading_list_view_get_selected_item (fixture->view));
  selected = lading_list_view_dup_selected_items (fixture->view, FALSE);
  g_assert_cmpuint (selected->len, ==, 2);
  g_assert_true (item_in (selected, alpha));
  g_assert_false (item_in (selected, bravo));

  /* Escape's action clears it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "list.unselect-all", NULL));
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 0);

  lading_list_view_set_search_text (fixture->view, "");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 3);
  lading_list_view_select_all_visible (fixture->view);
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 3);

  /* A selected item that goes leaves the count. */
  g_list_store_remove (fixture->store, 0);
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 2);
  /* 1, 0 (the search hid bravo), 2, 0, 3, 2 */
  g_assert_cmpuint (notified, ==, 6);
}

static void
test_list_view_search_text (Fixture       *fixture,
                            gconstpointer  user_data)
{
  const char * const extra[] = { "size", NULL };
  guint notified = 0;

  fixture_add_items (fixture);
  g_signal_connect (fixture->view, "notify::search-text", G_CALLBACK (count_notify_cb), &notified);

  /* Applied at once, and it opens the search bar. */
  g_object_set (fixture->view, "search-text", "charl", NULL);
  g_assert_true (lading_list_view_get_search_mode_enabled (fixture->view));
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  g_assert_cmpstr (lading_list_view_get_search_text (fixture->view), ==, "charl");
  g_assert_cmpuint (notified, ==, 1);

  /* Extra properties match without a column: the size column is not
   * searchable, and the size property matches as a plain number. */
  lading_list_view_set_search_text (fixture->view, "3000000");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 0);
  lading_list_view_set_search_properties (fixture->view, extra);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "Bravo");
  lading_list_view_set_search_properties (fixture->view, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 0);
}

static void
context_menu_cb (LadingListView *view,
                 GObject        *item,
                 double          x,
                 double          y,
                 GtkWidget      *widget,
                 GObject       **out)
{
  g_assert_true (widget == GTK_WIDGET (view));
  g_assert_true (G_IS_OBJECT (item));
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <=, gtk_widget_get_width (widget));
  g_assert_cmpfloat (y, <=, gtk_widget_get_height (widget));
  g_set_object (out, item);
}

static GtkWidget *
find_row_of (GtkWidget *cell)
{
  GtkWidget *widget = cell;

  while (widget != NULL && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget)))
    widget = gtk_widget_get_parent (widget);

  return widget;
}

/* A row asked for before its item is listed is selected once it is,
 * through a search that hid it. */
static void
test_list_view_select_by_property (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(TestItem) delta = item_new ("delta", "busybox:latest", 10,
                                        LADING_CONTAINER_STATE_RUNNING);
  gpointer selected;

  fixture_add_items (fixture);
  lading_list_view_select_by_property (fixture->view, "name", "charlie");
  selected = lading_list_view_get_selected_item (fixture->view);
  g_assert_nonnull (selected);
  g_assert_cmpstr (((TestItem *)selected)->name, ==, "charlie");

  lading_list_view_set_search_text (fixture->view, "alpha");
  lading_list_view_select_by_property (fixture->view, "name", "delta");
  g_assert_false (lading_list_view_get_selected_item (fixture->view) == (gpointer)delta);
  g_list_store_append (fixture->store, delta);
  AWAIT (lading_list_view_get_selected_item (fixture->view) == (gpointer)delta);
  g_assert_cmpstr (lading_list_view_get_search_text (fixture->view), ==, "");
}

static GtkWidget *
find_child_of_type (GtkWidget *parent,
                    GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
      return child;

  return NULL;
}

static void
test_list_view_context_menu (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GObject) menu_item = NULL;
  g_autoptr(TestItem) alpha = NULL;
  g_autoptr(TestItem) bravo = NULL;
  g_autoptr(TestItem) charlie = NULL;
  g_autoptr(GMenu) menu = NULL;
  GtkInscription *cell;
  GtkWidget *row;
  GtkWidget *popover;
  graphene_rect_t bounds;
  double x, y;

  fixture_add_items (fixture);
  alpha = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);
  bravo = g_list_model_get_item (G_LIST_MODEL (fixture->store), 1);
  charlie = g_list_model_get_item (G_LIST_MODEL (fixture->store), 2);
  g_signal_connect (fixture->view, "context-menu", G_CALLBACK (context_menu_cb), &menu_item);
  AWAIT (find_cell (fixture, "alpha") != NULL &&
         gtk_widget_get_height (GTK_WIDGET (find_cell (fixture, "alpha"))) > 0);

  /* Nothing focused or selected: no menu. */
  gtk_window_set_focus (fixture->window, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "list.context-menu", NULL));
  g_assert_null (menu_item);

  /* The Menu key's action, for the selection when no row has the focus… */
  lading_list_view_select_item (fixture->view, charlie);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "list.context-menu", NULL);
  g_assert_true (menu_item == (GObject *)charlie);

  /* …and for the focused row when one has it, which it selects. */
  row = find_row_of (GTK_WIDGET (find_cell (fixture, "Bravo")));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "list.context-menu", NULL);
  g_assert_true (menu_item == (GObject *)bravo);
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)bravo);

  /* A right click on a row outside the selection selects that row. */
  cell = find_cell (fixture, "alpha");
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (fixture->view), &bounds));
  x = bounds.origin.x + 2;
  y = bounds.origin.y + bounds.size.height / 2;
  g_assert_true (_lading_list_view_context_menu_at (fixture->view, x, y));
  g_assert_true (menu_item == (GObject *)alpha);
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)alpha);

  /* On a selected row, the selection stays. */
  lading_list_view_select_all_visible (fixture->view);
  g_assert_true (_lading_list_view_context_menu_at (fixture->view, x, y));
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 3);

  /* Not on a row: the headers are at the top. */
  g_clear_object (&menu_item);
  g_assert_false (_lading_list_view_context_menu_at (fixture->view, 2, 2));
  g_assert_null (menu_item);

  /* With a menu model, the view shows that menu itself, at the row. */
  menu = g_menu_new ();
  g_menu_append (menu, "Remove", "list.unselect-all");
  lading_list_view_set_menu_model (fixture->view, G_MENU_MODEL (menu));
  g_assert_true (_lading_list_view_context_menu_at (fixture->view, x, y));
  popover = find_child_of_type (GTK_WIDGET (fixture->view), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (popover);
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)) == G_MENU_MODEL (menu));
  AWAIT (gtk_widget_get_mapped (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
count_paint_cb (GdkFrameClock *frame_clock,
                guint         *n_painted)
{
  (*n_painted)++;
}

static void
store_add_many (GListStore *store,
                guint       n_items)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *name = g_strdup_printf ("item-%04u", i);

      g_ptr_array_add (items, item_new (name, "busybox:latest", i, LADING_CONTAINER_STATE_EXITED));
    }
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
}

/* A thousand rows arriving at once reach the view a screenful per painted
 * frame, the top of the sorted list first, until all are in; a new model
 * starts over. */
static void
test_list_view_stage (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GListStore) other = g_list_store_new (TEST_TYPE_ITEM);
  GdkFrameClock *frame_clock;
  GtkAdjustment *vadjustment;
  guint n_painted = 0;
  guint n_rows;

  AWAIT (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (count_paint_cb), &n_painted);
  lading_list_view_sort_by (fixture->view, "name", GTK_SORT_DESCENDING);

  store_add_many (fixture->store, 1000);
  n_rows = g_list_model_get_n_items (get_rows (fixture));
  g_assert_cmpuint (n_rows, >, 20);
  g_assert_cmpuint (n_rows, <, 200);
  g_assert_cmpstr (get_row_name (fixture, 0), ==, "item-0999");

  /* The first frame paints what was staged, and that fills the view. */
  n_painted = 0;
  AWAIT (n_painted >= 1);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), <, 200);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (get_column_view (fixture)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >,
                     gtk_adjustment_get_page_size (vadjustment));

  AWAIT (g_list_model_get_n_items (get_rows (fixture)) == 1000);
  g_assert_cmpuint (n_painted, >=, 2);

  store_add_many (other, 1000);
  lading_list_view_set_model (fixture->view, G_LIST_MODEL (other));
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), <, 200);
  AWAIT (g_list_model_get_n_items (get_rows (fixture)) == 1000);

  g_signal_handlers_disconnect_by_data (frame_clock, &n_painted);
}

/* {{{ Tree mode */

static const LadingListColumn container_columns[] = {
  { "name", "Name", "name", NULL, LADING_CELL_TEXT, 16, TRUE, TRUE, 0 },
  { "image", "Image", "image", NULL, LADING_CELL_TEXT, 12, FALSE, TRUE, 0 },
  { "state", "State", "state", NULL, LADING_CELL_CONTAINER_STATE, 12, FALSE, FALSE, 0 },
  { "status", "Status", "started-at", NULL, LADING_CELL_CONTAINER_STATUS, 18, FALSE, FALSE, 0 },
};

static LadingContainer *
container_new (const char *id,
               const char *name,
               const char *project,
               const char *state)
{
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  LadingContainer *container;

  json = g_strdup_printf ("{\"Id\": \"%s\", \"Names\": [\"/%s\"], \"Image\": \"img-%s\","
                          " \"State\": \"%s\", \"Status\": \"\","
                          " \"Labels\": {\"com.docker.compose.project\": \"%s\"}}",
                          id, name, name, state, project ? project : "");
  node = json_from_string (json, &error);
  g_assert_no_error (error);
  container = _lading_container_new_from_list_json (json_node_get_object (node), 0, &error);
  g_assert_no_error (error);

  return container;
}

static void
relabel (LadingContainer *container,
         const char      *project)
{
  g_autoptr(LadingContainer) fresh = NULL;
  g_autoptr(GEnumClass) states = g_type_class_ref (LADING_TYPE_CONTAINER_STATE);

  fresh = container_new (lading_container_get_id (container),
                         lading_container_get_name (container), project,
                         g_enum_get_value (states, lading_container_get_state (container))->value_nick);
  _lading_container_assign (container, fresh);
}

static void
tree_fixture_set_up (Fixture       *fixture,
                     gconstpointer  user_data)
{
  const char * const containers[][3] = {
    { "web", "shop", "running" },
    { "db", "shop", "exited" },
    { "solo", NULL, "running" },
    { "api", "alpha", "paused" },
  };

  fixture->store = g_list_store_new (LADING_TYPE_CONTAINER);
  for (guint i = 0; i < G_N_ELEMENTS (containers); i++)
    {
      g_autoptr(LadingContainer) container = container_new (containers[i][0], containers[i][0],
                                                            containers[i][1],
                                                            containers[i][2]);

      g_list_store_append (fixture->store, container);
    }
  fixture->groups = lading_container_groups_new (G_LIST_MODEL (fixture->store));

  fixture->view = LADING_LIST_VIEW (lading_list_view_new ());
  g_object_ref_sink (fixture->view);
  lading_list_view_set_tree_model (fixture->view, G_LIST_MODEL (fixture->groups),
                                   LADING_TYPE_CONTAINER,
                                   lading_container_groups_create_children, NULL, NULL);
  lading_list_view_add_columns (fixture->view, container_columns, G_N_ELEMENTS (container_columns));
  lading_list_view_sort_by (fixture->view, "name", GTK_SORT_ASCENDING);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
}

static GObject *
get_row_item (Fixture *fixture,
              guint    position)
{
  g_autoptr(GObject) row = g_list_model_get_item (get_rows (fixture), position);

  g_assert_true (GTK_IS_TREE_LIST_ROW (row));
  return _lading_list_view_unwrap (row);
}

/* The rows as "name" or "project/name" for a child, in order. */
static char *
dup_rows_text (Fixture *fixture)
{
  GListModel *rows = get_rows (fixture);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);
      GObject *item = _lading_list_view_unwrap (row);

      if (i > 0)
        g_string_append_c (text, ' ');
      if (parent != NULL)
        g_string_append_printf (text, "%s/",
                                lading_compose_project_get_name (_lading_list_view_unwrap (parent)));
      if (LADING_IS_COMPOSE_PROJECT (item))
        g_string_append (text, lading_compose_project_get_name (LADING_COMPOSE_PROJECT (item)));
      else
        g_string_append (text, lading_container_get_name (LADING_CONTAINER (item)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_rows(fixture, expected) G_STMT_START {  \
    g_autofree char *rows_text = dup_rows_text (fixture); \
    g_assert_cmpstr (rows_text, ==, expected);         \
  } G_STMT_END

static void
test_list_view_tree (Fixture       *fixture,
                     gconstpointer  user_data)
{
  LadingComposeProject *shop = lading_container_groups_lookup_project (fixture->groups, "shop");
  g_autoptr(LadingContainer) db = g_list_model_get_item (G_LIST_MODEL (fixture->store), 1);
  g_autoptr(LadingContainer) restarted = container_new ("db", "db", "shop", "running");
  g_autoptr(GtkTreeListRow) shop_row = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  GtkLabel *summary;

  g_assert_true (lading_list_view_get_tree_mode (fixture->view));
  g_assert_true (lading_list_view_get_model (fixture->view) == G_LIST_MODEL (fixture->groups));

  /* Expanded, each level sorted by name, projects among the containers. */
  assert_rows (fixture, "alpha alpha/api shop shop/db shop/web solo");
  lading_list_view_sort_by (fixture->view, "name", GTK_SORT_DESCENDING);
  assert_rows (fixture, "solo shop shop/web shop/db alpha alpha/api");
  g_assert_cmpstr (lading_list_view_get_sort_column (fixture->view), ==, "name");
  g_assert_true (lading_list_view_get_sort_descending (fixture->view));

  /* A project row: its name under an expander, its summary for a state. */
  AWAIT (find_label (fixture, "1 running, 1 exited") != NULL);
  summary = find_label (fixture, "1 running, 1 exited");
  g_assert_nonnull (find_label (fixture, "1 paused"));
  g_assert_nonnull (find_cell (fixture, "shop"));
  g_assert_nonnull (gtk_widget_get_ancestor (GTK_WIDGET (find_cell (fixture, "shop")),
                                             GTK_TYPE_TREE_EXPANDER));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_cell (fixture, "shop")), "heading"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (find_cell (fixture, "web")), "heading"));

  /* The summary follows the containers. */
  _lading_container_assign (db, restarted);
  g_assert_cmpuint (lading_compose_project_get_n_running (shop), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (summary), ==, "2 running");

  /* Project rows are not counted as selected containers. */
  lading_list_view_select_all_visible (fixture->view);
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 4);
  selected = lading_list_view_dup_selected_items (fixture->view, FALSE);
  g_assert_cmpuint (selected->len, ==, 4);
  g_assert_false (item_in (selected, shop));
  g_clear_pointer (&selected, g_ptr_array_unref);
  selected = lading_list_view_dup_selected_items (fixture->view, TRUE);
  g_assert_cmpuint (selected->len, ==, 6);
  g_assert_true (item_in (selected, shop));

  /* Activating a project row folds it. */
  lading_list_view_unselect_all (fixture->view);
  shop_row = g_list_model_get_item (get_rows (fixture), 1);
  g_assert_true (_lading_list_view_unwrap (shop_row) == (gpointer)shop);
  _lading_list_view_activate_row (fixture->view, 1);
  g_assert_false (gtk_tree_list_row_get_expanded (shop_row));
  assert_rows (fixture, "solo shop alpha alpha/api");
  lading_list_view_select_item (fixture->view, shop);
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)shop);
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, 0);
}

static void
activated_cb (LadingListView  *view,
              GObject         *item,
              GObject        **out)
{
  g_set_object (out, item);
}

static gboolean
is_running (gpointer item,
            gpointer user_data)
{
  return lading_container_get_state (item) == LADING_CONTAINER_STATE_RUNNING;
}

static gboolean
is_anything (gpointer item,
             gpointer user_data)
{
  return TRUE;
}

static void
test_list_view_tree_filter (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GtkCustomFilter) state_filter = gtk_custom_filter_new (is_running, NULL, NULL);
  g_autoptr(LadingContainer) web = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);
  g_autoptr(LadingContainer) solo = g_list_model_get_item (G_LIST_MODEL (fixture->store), 2);
  g_autoptr(LadingContainer) stopped = container_new ("web", "web", "shop", "exited");
  g_autoptr(LadingContainer) restarted = container_new ("web", "web", "shop", "running");
  g_autoptr(GObject) activated = NULL;

  /* A child's match keeps its project, without its other children. */
  lading_list_view_set_search_text (fixture->view, "WEB");
  assert_rows (fixture, "shop shop/web");

  /* The project's name shows all of it; the image is searched too. */
  lading_list_view_set_search_text (fixture->view, "sho");
  assert_rows (fixture, "shop shop/db shop/web");
  lading_list_view_set_search_text (fixture->view, "img-api");
  assert_rows (fixture, "alpha alpha/api");
  lading_list_view_set_search_text (fixture->view, "nothing");
  g_assert_cmpstr (get_page (fixture), ==, "no-results");

  /* The page's item filter applies to containers; a project without a
   * running container goes. */
  lading_list_view_set_search_text (fixture->view, "");
  lading_list_view_set_item_filter (fixture->view, GTK_FILTER (state_filter));
  g_assert_true (lading_list_view_get_item_filter (fixture->view) == GTK_FILTER (state_filter));
  assert_rows (fixture, "shop shop/web solo");

  /* Changes in place filter the rows again; the others stay selected. */
  lading_list_view_select_item (fixture->view, solo);
  _lading_container_assign (web, stopped);
  AWAIT (g_list_model_get_n_items (get_rows (fixture)) == 1);
  assert_rows (fixture, "solo");
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)solo);
  _lading_container_assign (web, restarted);
  AWAIT (g_list_model_get_n_items (get_rows (fixture)) == 3);
  assert_rows (fixture, "shop shop/web solo");
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)solo);

  /* Both at once. */
  lading_list_view_set_search_text (fixture->view, "sho");
  assert_rows (fixture, "shop shop/web");

  /* The view follows the filter's changes. */
  gtk_custom_filter_set_filter_func (state_filter, is_anything, NULL, NULL);
  assert_rows (fixture, "shop shop/db shop/web");
  lading_list_view_set_search_text (fixture->view, "");
  lading_list_view_set_item_filter (fixture->view, NULL);
  assert_rows (fixture, "alpha alpha/api shop shop/db shop/web solo");

  /* Enter on a container row reports it. */
  g_signal_connect (fixture->view, "item-activated", G_CALLBACK (activated_cb), &activated);
  _lading_list_view_activate_row (fixture->view, 1);
  g_assert_true (activated == get_row_item (fixture, 1));
  g_assert_true (LADING_IS_CONTAINER (activated));
}

/* In a tree a change that the sort does not read costs no row, and one it
 * reads moves the row within its level, with the same row object. */
static void
test_list_view_tree_change_path (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autoptr(LadingContainer) web = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);
  g_autoptr(LadingContainer) busy = container_new ("web", "web", "shop", "paused");
  g_autoptr(LadingContainer) renamed = container_new ("web", "aaa", "shop", "paused");
  g_autoptr(GObject) web_row = NULL;
  g_autoptr(GObject) moved_row = NULL;
  guint rows_changed = 0;

  assert_rows (fixture, "alpha alpha/api shop shop/db shop/web solo");
  web_row = g_list_model_get_item (get_rows (fixture), 4);
  lading_list_view_select_item (fixture->view, web);
  g_signal_connect (get_rows (fixture), "items-changed", G_CALLBACK (count_items_changed_cb),
                    &rows_changed);

  /* Nothing is left for later either. */
  _lading_container_assign (web, busy);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (rows_changed, ==, 0);

  _lading_container_assign (web, renamed);
  assert_rows (fixture, "alpha alpha/api shop shop/aaa shop/db solo");
  g_assert_cmpuint (rows_changed, >=, 1);
  moved_row = g_list_model_get_item (get_rows (fixture), 3);
  g_assert_true (moved_row == web_row);
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)web);

  g_signal_handlers_disconnect_by_data (get_rows (fixture), &rows_changed);
}

/* A container relabelled in place moves under its project, and the rows
 * that did not move keep their selection. */
static void
test_list_view_tree_relabel (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(LadingContainer) web = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);
  g_autoptr(LadingContainer) solo = g_list_model_get_item (G_LIST_MODEL (fixture->store), 2);
  g_autoptr(LadingContainer) api = g_list_model_get_item (G_LIST_MODEL (fixture->store), 3);
  g_autoptr(LadingContainer) renamed = container_new ("solo", "aaa", NULL, "running");

  lading_list_view_select_item (fixture->view, web);

  relabel (solo, "shop");
  assert_rows (fixture, "alpha alpha/api shop shop/db shop/solo shop/web");
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)web);
  AWAIT (find_label (fixture, "2 running, 1 exited") != NULL);

  relabel (api, "zoo");
  assert_rows (fixture, "shop shop/db shop/solo shop/web zoo zoo/api");
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)web);

  relabel (solo, NULL);
  assert_rows (fixture, "shop shop/db shop/web solo zoo zoo/api");

  /* A rename sorts the row again. */
  _lading_container_assign (solo, renamed);
  AWAIT (get_row_item (fixture, 0) == (gpointer)solo);
  assert_rows (fixture, "aaa shop shop/db shop/web zoo zoo/api");
  g_assert_true (lading_list_view_get_selected_item (fixture->view) == (gpointer)web);

  /* Grouping off: the same containers, flat. */
  lading_container_groups_set_grouped (fixture->groups, FALSE);
  assert_rows (fixture, "aaa api db web");
  g_assert_null (find_label (fixture, "2 running, 1 exited"));
}

/* }}} */

static GtkColumnViewColumn *
find_column (Fixture    *fixture,
             const char *title)
{
  GtkWidget *column_view = lading_test_find (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW);
  GListModel *view_columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view));

  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  g_assert_not_reached ();
}

/* Text columns are as wide as their longest text so far, as the font draws
 * it (lowercase takes less than a character each), up to the table's
 * nat_chars, and never narrower again: short names leave their room.  A
 * column whose text is cut takes the spare width from the others. */
static void
test_list_view_fit_widths (Fixture       *fixture,
                           gconstpointer  user_data)
{
  int charlie, busybox, twelve;

  g_autoptr(TestItem) long_one = item_new ("a-name-of-thirty-characters-xy", "busybox:latest",
                                           1, LADING_CONTAINER_STATE_EXITED);
  g_autoptr(TestItem) middle = item_new ("twelve-chars", "busybox:latest", 1,
                                         LADING_CONTAINER_STATE_EXITED);

  fixture_add_items (fixture);
  AWAIT (find_cell (fixture, "charlie") != NULL);
  /* "charlie" and "busybox:latest" are the longest of their columns; the
   * cells bound before them widen once the batch is bound. */
  charlie = gtk_inscription_get_nat_chars (find_cell (fixture, "charlie"));
  busybox = gtk_inscription_get_nat_chars (find_cell (fixture, "busybox:latest"));
  g_assert_cmpint (charlie, >, 4);
  g_assert_cmpint (charlie, <=, 7);
  g_assert_cmpint (busybox, >, charlie);
  g_assert_cmpint (busybox, <=, 14);
  AWAIT (gtk_inscription_get_nat_chars (find_cell (fixture, "alpha")) == charlie);
  AWAIT (gtk_inscription_get_nat_chars (find_cell (fixture, "alpine:3")) == busybox);
  g_assert_true (gtk_column_view_column_get_expand (find_column (fixture, "Name")));
  g_assert_true (gtk_column_view_column_get_expand (find_column (fixture, "Tags")));

  g_list_store_append (fixture->store, middle);
  AWAIT (find_cell (fixture, "twelve-chars") != NULL);
  twelve = gtk_inscription_get_nat_chars (find_cell (fixture, "twelve-chars"));
  g_assert_cmpint (twelve, >, charlie);
  g_assert_cmpint (twelve, <=, 12);
  AWAIT (gtk_inscription_get_nat_chars (find_cell (fixture, "alpha")) == twelve);

  /* Longer than the table's 20: cut there, and ellipsized; the spare width
   * goes to the names, not to the tags beside them. */
  g_list_store_append (fixture->store, long_one);
  AWAIT (find_cell (fixture, "a-name-of-thirty-characters-xy") != NULL);
  AWAIT (gtk_inscription_get_nat_chars (find_cell (fixture, "alpha")) == 20);
  AWAIT (!gtk_column_view_column_get_expand (find_column (fixture, "Tags")));
  g_assert_true (gtk_column_view_column_get_expand (find_column (fixture, "Name")));

  /* Never narrower again, even in a cell bound anew. */
  g_list_store_remove_all (fixture->store);
  g_list_store_append (fixture->store, middle);
  AWAIT (find_cell (fixture, "twelve-chars") != NULL);
  g_assert_cmpint (gtk_inscription_get_nat_chars (find_cell (fixture, "twelve-chars")), ==, 20);
}

/* A text cell offers its whole text as a tooltip only when it is cut. */
static void
test_list_view_text_cell (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *cell = lading_text_cell_new ();
  LadingTextCell *text_cell = LADING_TEXT_CELL (cell);

  g_object_ref (cell);
  gtk_widget_set_size_request (cell, 120, -1);
  gtk_widget_set_halign (cell, GTK_ALIGN_START);
  gtk_window_set_child (window, cell);
  gtk_window_present (window);

  lading_text_cell_set_text (text_cell, "short");
  AWAIT (gtk_widget_get_width (cell) == 120);
  g_assert_true (gtk_widget_get_has_tooltip (cell));
  g_assert_false (lading_text_cell_is_truncated (text_cell));

  lading_text_cell_set_text (text_cell, "a-name-much-longer-than-a-hundred-and-twenty-pixels-1");
  g_assert_true (lading_text_cell_is_truncated (text_cell));
  g_assert_cmpstr (lading_text_cell_get_text (text_cell), ==,
                   "a-name-much-longer-than-a-hundred-and-twenty-pixels-1");

  lading_text_cell_set_heading (text_cell, TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (lading_text_cell_get_inscription (text_cell)),
                                           "heading"));

  gtk_window_destroy (window);
  g_assert_finalize_object (cell);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_init (&argc, &argv, NULL);
  adw_init ();
  lading_widgets_init ();

  g_test_add_func ("/widgets/list-view/text-cell", test_list_view_text_cell);
  g_test_add ("/widgets/list-view/pages", Fixture, NULL,
              fixture_set_up, test_list_view_pages, fixture_tear_down);
  g_test_add ("/widgets/list-view/fit-widths", Fixture, NULL,
              fixture_set_up, test_list_view_fit_widths, fixture_tear_down);
  g_test_add ("/widgets/list-view/search", Fixture, NULL,
              fixture_set_up, test_list_view_search, fixture_tear_down);
  g_test_add ("/widgets/list-view/sort", Fixture, NULL,
              fixture_set_up, test_list_view_sort, fixture_tear_down);
  g_test_add ("/widgets/list-view/sort-scrolls-to-top", Fixture, NULL,
              fixture_set_up, test_list_view_sort_scrolls_to_top, fixture_tear_down);
  g_test_add_func ("/widgets/list-view/sort-before-columns", test_list_view_sort_before_columns);
  g_test_add ("/widgets/list-view/cell-kinds", Fixture, NULL,
              fixture_set_up, test_list_view_cell_kinds, fixture_tear_down);
  g_test_add ("/widgets/list-view/change-path", Fixture, NULL,
              fixture_set_up, test_list_view_change_path, fixture_tear_down);
  g_test_add ("/widgets/list-view/update-in-place", Fixture, NULL,
              fixture_set_up, test_list_view_update_in_place, fixture_tear_down);
  g_test_add ("/widgets/list-view/busy-text", Fixture, NULL,
              fixture_set_up, test_list_view_busy_text, fixture_tear_down);
  g_test_add ("/widgets/list-view/multi-select", Fixture, NULL,
              fixture_set_up, test_list_view_multi_select, fixture_tear_down);
  g_test_add ("/widgets/list-view/search-text", Fixture, NULL,
              fixture_set_up, test_list_view_search_text, fixture_tear_down);
  g_test_add ("/widgets/list-view/select-by-property", Fixture, NULL,
              fixture_set_up, test_list_view_select_by_property, fixture_tear_down);
  g_test_add ("/widgets/list-view/context-menu", Fixture, NULL,
              fixture_set_up, test_list_view_context_menu, fixture_tear_down);
  g_test_add ("/widgets/list-view/stage", Fixture, NULL,
              fixture_set_up, test_list_view_stage, fixture_tear_down);
  g_test_add ("/widgets/list-view/tree", Fixture, NULL,
              tree_fixture_set_up, test_list_view_tree, fixture_tear_down);
  g_test_add ("/widgets/list-view/tree-filter", Fixture, NULL,
              tree_fixture_set_up, test_list_view_tree_filter, fixture_tear_down);
  g_test_add ("/widgets/list-view/tree-change-path", Fixture, NULL,
              tree_fixture_set_up, test_list_view_tree_change_path, fixture_tear_down);
  g_test_add ("/widgets/list-view/tree-relabel", Fixture, NULL,
              tree_fixture_set_up, test_list_view_tree_relabel, fixture_tear_down);

  return g_test_run ();
}
