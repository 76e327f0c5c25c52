/* test-container-groups.c
 *
 * LadingContainerGroups and LadingComposeProject over a GListStore of
 * containers parsed from list JSON: the grouping, live changes, counts,
 * object identity, and that every items-changed describes the change
 * exactly (a mirror replays each signal and must match the model).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-container-groups.h"
#include "lading-models-private.h"

/* {{{ Model checker */

/* Replays a model's items-changed on a copy and compares the copy with the
 * model while the signal runs, when the model must already be consistent. */
typedef struct
{
  GListModel *model;
  GPtrArray  *mirror;
  guint       n_signals;
} Checker;

static void
checker_compare (Checker *checker)
{
  guint n_items = g_list_model_get_n_items (checker->model);

  g_assert_cmpuint (n_items, ==, checker->mirror->len);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (checker->model, i);

      g_assert_true (item == g_ptr_array_index (checker->mirror, i));
    }
}

static void
checker_items_changed_cb (GListModel *model,
                          guint       position,
                          guint       removed,
                          guint       added,
                          Checker    *checker)
{
  checker->n_signals++;
  g_assert_cmpuint (removed + added, >, 0);
  g_assert_cmpuint (position + removed, <=, checker->mirror->len);

  g_ptr_array_remove_range (checker->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (checker->mirror, position + i, g_list_model_get_item (model, position + i));

  checker_compare (checker);
}

static Checker *
checker_new (GListModel *model)
{
  Checker *checker = g_new0 (Checker, 1);
  guint n_items = g_list_model_get_n_items (model);

  checker->model = g_object_ref (model);
  checker->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (checker->mirror, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (checker_items_changed_cb), checker);

  return checker;
}

static void
checker_free (Checker *checker)
{
  g_signal_handlers_disconnect_by_data (checker->model, checker);
  g_ptr_array_unref (checker->mirror);
  g_object_unref (checker->model);
  g_free (checker);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Checker, checker_free)

/* }}} */

static LadingContainer *
container_new (const char *id,
               const char *name,
               const char *project,
               const char *state)
{
  g_autofree char *labels = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  LadingContainer *container;

  labels = project != NULL
    ? g_strdup_printf ("{\"com.docker.compose.project\": \"%s\","
                       " \"com.docker.compose.service\": \"%s\"}", project, name)
    : g_strdup ("{}");
  json = g_strdup_printf ("{\"Id\": \"%s\", \"Names\": [\"/%s\"], \"Image\": \"busybox\","
                          " \"State\": \"%s\", \"Status\": \"\", \"Created\": 1,"
                          " \"Labels\": %s}",
                          id, name, state, labels);
  node = json_from_string (json, &error);
  g_assert_no_error (error);

  container = _lading_container_new_from_list_json (json_node_get_object (node), 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (container);

  return container;
}

/* What the store does on an event: copy a fresh parse into the object. */
static void
container_update (LadingContainer *container,
                  const char      *project,
                  const char      *state)
{
  g_autoptr(LadingContainer) fresh = container_new (lading_container_get_id (container),
                                                    lading_container_get_name (container),
                                                    project, state);

  _lading_container_assign (container, fresh);
}

static void
store_insert (GListStore *store,
              guint       position,
              const char *id,
              const char *name,
              const char *project,
              const char *state)
{
  g_autoptr(LadingContainer) container = container_new (id, name, project, state);

  g_list_store_insert (store, position, container);
}

static void
store_add (GListStore *store,
           const char *id,
           const char *name,
           const char *project,
           const char *state)
{
  store_insert (store, g_list_model_get_n_items (G_LIST_MODEL (store)), id, name, project, state);
}

static gpointer
get_item (LadingContainerGroups *groups,
          guint                  position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (groups), position);

  return item;        /* borrowed: the model keeps its own reference */
}

static const char *
get_item_name (LadingContainerGroups *groups,
               guint                  position)
{
  gpointer item = get_item (groups, position);

  if (LADING_IS_COMPOSE_PROJECT (item))
    return lading_compose_project_get_name (item);

  return lading_container_get_name (item);
}

static void
assert_top_level (LadingContainerGroups *groups,
                  const char            *expected)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (groups));

  for (guint i = 0; i < n_items; i++)
    {
      if (i > 0)
        g_string_append_c (names, ' ');
      g_string_append (names, get_item_name (groups, i));
    }

  g_assert_cmpstr (names->str, ==, expected);
}

static void
assert_counts (LadingComposeProject *project,
               guint                 n_containers,
               guint                 n_running,
               guint                 n_paused,
               guint                 n_exited,
               LadingContainerState  state)
{
  g_assert_nonnull (project);
  g_assert_cmpuint (lading_compose_project_get_n_containers (project), ==, n_containers);
  g_assert_cmpuint (g_list_model_get_n_items (lading_compose_project_get_containers (project)),
                    ==, n_containers);
  g_assert_cmpuint (lading_compose_project_get_n_running (project), ==, n_running);
  g_assert_cmpuint (lading_compose_project_get_n_paused (project), ==, n_paused);
  g_assert_cmpuint (lading_compose_project_get_n_exited (project), ==, n_exited);
  g_assert_cmpint (lading_compose_project_get_state (project), ==, state);
}

/* web, db and cache in "shop"; api and job in "alpha"; solo in none. */
static GListStore *
sample_store (void)
{
  GListStore *store = g_list_store_new (LADING_TYPE_CONTAINER);

  store_add (store, "01", "web", "shop", "running");
  store_add (store, "02", "solo", NULL, "running");
  store_add (store, "03", "db", "shop", "exited");
  store_add (store, "04", "api", "alpha", "paused");
  store_add (store, "05", "job", "alpha", "created");
  store_add (store, "06", "cache", "shop", "restarting");
  store_add (store, "07", "lone", NULL, "dead");

  return store;
}

static void
test_groups_grouping (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  LadingComposeProject *shop;
  LadingComposeProject *alpha;
  GListModel *children;
  g_autoptr(GListModel) created = NULL;
  g_autoptr(LadingContainer) first = NULL;

  g_assert_true (lading_container_groups_get_grouped (groups));
  g_assert_true (lading_container_groups_get_containers (groups) == G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (groups)) == G_TYPE_OBJECT);

  /* Projects by name, then the others in the store's order. */
  assert_top_level (groups, "alpha shop solo lone");
  alpha = lading_container_groups_lookup_project (groups, "alpha");
  shop = lading_container_groups_lookup_project (groups, "shop");
  g_assert_true (get_item (groups, 0) == (gpointer)alpha);
  g_assert_true (get_item (groups, 1) == (gpointer)shop);
  g_assert_null (lading_container_groups_lookup_project (groups, "none"));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (groups), 4));

  /* Restarting counts as running; created and dead as exited. */
  assert_counts (shop, 3, 2, 0, 1, LADING_CONTAINER_STATE_RUNNING);
  assert_counts (alpha, 2, 0, 1, 1, LADING_CONTAINER_STATE_PAUSED);

  children = lading_compose_project_get_containers (shop);
  g_assert_true (g_list_model_get_item_type (children) == LADING_TYPE_CONTAINER);
  first = g_list_model_get_item (children, 0);
  g_assert_cmpstr (lading_container_get_name (first), ==, "web");

  created = lading_container_groups_create_children (shop, NULL);
  g_assert_true (created == children);
  g_assert_null (lading_container_groups_create_children (first, NULL));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_groups_live (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  g_autoptr(Checker) checker = checker_new (G_LIST_MODEL (groups));
  LadingComposeProject *shop = lading_container_groups_lookup_project (groups, "shop");
  g_autoptr(Checker) shop_checker = checker_new (lading_compose_project_get_containers (shop));
  g_autoptr(LadingContainer) web = g_list_model_get_item (G_LIST_MODEL (store), 0);
  guint running_notified = 0;

  /* A container joins an existing project: only the project changes. */
  store_add (store, "08", "worker", "shop", "running");
  g_assert_cmpuint (checker->n_signals, ==, 0);
  g_assert_cmpuint (shop_checker->n_signals, ==, 1);
  assert_counts (shop, 4, 3, 0, 1, LADING_CONTAINER_STATE_RUNNING);

  /* A new project takes its place by name. */
  store_add (store, "09", "mail", "post", "exited");
  assert_top_level (groups, "alpha post shop solo lone");
  g_assert_cmpuint (checker->n_signals, ==, 1);

  /* A loose container is inserted in the store's order. */
  store_insert (store, 0, "10", "first", NULL, "running");
  assert_top_level (groups, "alpha post shop first solo lone");

  /* States are counted as they change. */
  g_signal_connect (shop, "notify::n-running", G_CALLBACK (count_notify_cb), &running_notified);
  container_update (web, "shop", "exited");
  g_assert_cmpuint (running_notified, ==, 1);
  assert_counts (shop, 4, 2, 0, 2, LADING_CONTAINER_STATE_RUNNING);

  /* The last container of a project takes the project with it. */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (store)); i > 0; i--)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (G_LIST_MODEL (store), i - 1);

      if (g_strcmp0 (lading_container_get_compose_project (container), "post") == 0)
        g_list_store_remove (store, i - 1);
    }
  g_assert_null (lading_container_groups_lookup_project (groups, "post"));
  assert_top_level (groups, "alpha shop first solo lone");

  /* Loose containers go. */
  g_list_store_remove (store, 0);
  assert_top_level (groups, "alpha shop solo lone");

  /* Through all this, the project kept its identity. */
  g_assert_true (lading_container_groups_lookup_project (groups, "shop") == shop);
  g_assert_true (get_item (groups, 1) == (gpointer)shop);
  checker_compare (checker);
}

/* A source may report a container as replaced by itself: nothing changes. */
static void
test_groups_replace_in_place (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  g_autoptr(Checker) checker = checker_new (G_LIST_MODEL (groups));
  LadingComposeProject *shop = lading_container_groups_lookup_project (groups, "shop");
  g_autoptr(Checker) shop_checker = checker_new (lading_compose_project_get_containers (shop));
  g_autoptr(LadingContainer) web = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_autoptr(LadingContainer) solo = g_list_model_get_item (G_LIST_MODEL (store), 1);
  gpointer keep;

  keep = web;
  g_list_store_splice (store, 0, 1, &keep, 1);
  keep = solo;
  g_list_store_splice (store, 1, 1, &keep, 1);
  g_assert_cmpuint (checker->n_signals, ==, 0);
  g_assert_cmpuint (shop_checker->n_signals, ==, 0);

  /* A loose container moved in the store moves at the top level. */
  g_list_store_remove (store, 1);
  g_list_store_append (store, solo);
  assert_top_level (groups, "alpha shop lone solo");
  g_assert_cmpuint (shop_checker->n_signals, ==, 0);
}

static void
test_groups_relabel (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  g_autoptr(Checker) checker = checker_new (G_LIST_MODEL (groups));
  LadingComposeProject *shop = lading_container_groups_lookup_project (groups, "shop");
  g_autoptr(LadingComposeProject) alpha = NULL;
  g_autoptr(LadingContainer) solo = g_list_model_get_item (G_LIST_MODEL (store), 1);
  g_autoptr(LadingContainer) api = g_list_model_get_item (G_LIST_MODEL (store), 3);
  g_autoptr(LadingContainer) job = g_list_model_get_item (G_LIST_MODEL (store), 4);

  /* Kept to see it emptied after it went. */
  alpha = g_object_ref (lading_container_groups_lookup_project (groups, "alpha"));

  /* Into a project: the loose row goes, and the project counts it. */
  container_update (solo, "shop", "running");
  assert_top_level (groups, "alpha shop lone");
  g_assert_cmpuint (checker->n_signals, ==, 1);
  assert_counts (shop, 4, 3, 0, 1, LADING_CONTAINER_STATE_RUNNING);

  /* Out of it again, back in the store's order. */
  container_update (solo, NULL, "running");
  assert_top_level (groups, "alpha shop solo lone");
  assert_counts (shop, 3, 2, 0, 1, LADING_CONTAINER_STATE_RUNNING);

  /* Into a new project, and the old one goes when emptied. */
  container_update (api, "zoo", "paused");
  container_update (job, "zoo", "created");
  assert_top_level (groups, "shop zoo solo lone");
  g_assert_null (lading_container_groups_lookup_project (groups, "alpha"));
  assert_counts (alpha, 0, 0, 0, 0, LADING_CONTAINER_STATE_UNKNOWN);
  assert_counts (lading_container_groups_lookup_project (groups, "zoo"),
                 2, 0, 1, 1, LADING_CONTAINER_STATE_PAUSED);
  g_assert_true (get_item (groups, 0) == (gpointer)shop);
}

static void
test_groups_toggle (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  g_autoptr(Checker) checker = checker_new (G_LIST_MODEL (groups));
  LadingComposeProject *shop = lading_container_groups_lookup_project (groups, "shop");
  guint notified = 0;

  g_signal_connect (groups, "notify::grouped", G_CALLBACK (count_notify_cb), &notified);

  g_object_set (groups, "grouped", FALSE, NULL);
  g_assert_cmpuint (notified, ==, 1);
  assert_top_level (groups, "web solo db api job cache lone");

  /* Ungrouped, projects are still kept and followed. */
  store_add (store, "08", "worker", "shop", "running");
  assert_counts (shop, 4, 3, 0, 1, LADING_CONTAINER_STATE_RUNNING);
  assert_top_level (groups, "web solo db api job cache lone worker");

  lading_container_groups_set_grouped (groups, FALSE);
  g_assert_cmpuint (notified, ==, 1);

  lading_container_groups_set_grouped (groups, TRUE);
  assert_top_level (groups, "alpha shop solo lone");
  g_assert_true (get_item (groups, 1) == (gpointer)shop);

  /* Constructed ungrouped. */
  g_clear_object (&groups);
  groups = g_object_new (LADING_TYPE_CONTAINER_GROUPS,
                         "grouped", FALSE,
                         "containers", store,
                         NULL);
  assert_top_level (groups, "web solo db api job cache lone worker");
}

/* A whole list at once, as the store's first load brings it. */
static void
test_groups_bulk (void)
{
  g_autoptr(GListStore) store = g_list_store_new (LADING_TYPE_CONTAINER);
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  g_autoptr(Checker) checker = checker_new (G_LIST_MODEL (groups));
  g_autoptr(GPtrArray) containers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("%03u", i);
      g_autofree char *name = g_strdup_printf ("c%03u", i);
      g_autofree char *project = g_strdup_printf ("p%u", i % 10);

      g_ptr_array_add (containers, container_new (id, name, i % 5 == 0 ? NULL : project,
                                                  i % 2 == 0 ? "running" : "exited"));
    }

  g_list_store_splice (store, 0, 0, containers->pdata, containers->len);
  g_assert_cmpuint (checker->n_signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, 8 + 20);
  assert_counts (lading_container_groups_lookup_project (groups, "p1"),
                 10, 0, 0, 10, LADING_CONTAINER_STATE_EXITED);

  g_list_store_remove_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, 0);
  g_assert_cmpuint (checker->n_signals, ==, 2);
}

/* Random changes, each checked by the mirrors. */
static void
test_groups_random (void)
{
  const char * const projects[] = { NULL, "a", "b", "c", "d" };
  const char * const states[] = { "running", "paused", "exited", "created" };
  g_autoptr(GListStore) store = g_list_store_new (LADING_TYPE_CONTAINER);
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  g_autoptr(Checker) checker = checker_new (G_LIST_MODEL (groups));

  for (guint step = 0; step < 2000; step++)
    {
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
      guint what = g_test_rand_int_range (0, 5);
      const char *project = projects[g_test_rand_int_range (0, G_N_ELEMENTS (projects))];
      const char *state = states[g_test_rand_int_range (0, G_N_ELEMENTS (states))];
      g_autoptr(LadingContainer) container = NULL;
      g_autofree char *id = g_strdup_printf ("%u", step);

      if (what == 0 || n_items < 3)
        {
          store_insert (store, g_test_rand_int_range (0, n_items + 1), id, id, project, state);
          continue;
        }

      container = g_list_model_get_item (G_LIST_MODEL (store),
                                         g_test_rand_int_range (0, n_items));
      if (what == 1)
        g_list_store_remove (store, g_test_rand_int_range (0, n_items));
      else if (what == 2)
        container_update (container, project, state);
      else if (what == 3)
        lading_container_groups_set_grouped (groups, !lading_container_groups_get_grouped (groups));
      else
        {
          guint position;

          g_assert_true (g_list_store_find (store, container, &position));
          g_list_store_remove (store, position);
          g_list_store_insert (store, g_test_rand_int_range (0, n_items), container);
        }
    }

  checker_compare (checker);
  g_assert_cmpuint (checker->n_signals, >, 100);
}

/* Each container that comes or goes is at most one items-changed of one
 * item at the top level, where it lands; one that joins or leaves a project
 * that stays changes only the project's list. */
static void
test_groups_smallest_change (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(LadingContainerGroups) groups = lading_container_groups_new (G_LIST_MODEL (store));
  g_autoptr(Checker) checker = checker_new (G_LIST_MODEL (groups));
  LadingComposeProject *shop = lading_container_groups_lookup_project (groups, "shop");
  g_autoptr(Checker) shop_checker = checker_new (lading_compose_project_get_containers (shop));
  g_autoptr(LadingContainer) worker = container_new ("08", "worker", "shop", "running");
  g_autoptr(LadingContainer) extra = container_new ("09", "extra", NULL, "running");
  g_autoptr(LadingContainer) fresh = container_new ("10", "fresh", "new", "running");
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_list_store_append (store, worker);
  g_assert_cmpuint (checker->n_signals, ==, 0);
  g_assert_cmpuint (shop_checker->n_signals, ==, 1);

  g_list_store_append (store, extra);
  g_assert_cmpuint (checker->n_signals, ==, 1);
  assert_top_level (groups, "alpha shop solo lone extra");

  g_list_store_insert (store, 0, fresh);
  g_assert_cmpuint (checker->n_signals, ==, 2);
  assert_top_level (groups, "alpha new shop solo lone extra");

  g_list_store_remove (store, 0);
  g_assert_cmpuint (checker->n_signals, ==, 3);
  g_list_store_remove (store, n_items + 1);
  g_assert_cmpuint (checker->n_signals, ==, 4);
  g_list_store_remove (store, n_items);
  g_assert_cmpuint (checker->n_signals, ==, 4);
  g_assert_cmpuint (shop_checker->n_signals, ==, 2);
  assert_top_level (groups, "alpha shop solo lone");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/container-groups/grouping", test_groups_grouping);
  g_test_add_func ("/api/container-groups/live", test_groups_live);
  g_test_add_func ("/api/container-groups/replace-in-place", test_groups_replace_in_place);
  g_test_add_func ("/api/container-groups/smallest-change", test_groups_smallest_change);
  g_test_add_func ("/api/container-groups/relabel", test_groups_relabel);
  g_test_add_func ("/api/container-groups/toggle", test_groups_toggle);
  g_test_add_func ("/api/container-groups/bulk", test_groups_bulk);
  g_test_add_func ("/api/container-groups/random", test_groups_random);

  return g_test_run ();
}
