/* lading-container-groups.c
 *
 * The Containers page's top level: one LadingComposeProject per
 * com.docker.compose.project label, sorted by name, then the containers
 * that belong to no project, in the store's order.  Follows the store and
 * each container's label live, keeps the identity of every object, and
 * updates the top level in place: a project that appears or goes, or a
 * container that comes, goes or leaves its project, is one items-changed of
 * one item, so that rows, expansion and selection elsewhere survive; a
 * container that comes to or goes from a project that stays changes only
 * the project's own list.  With :grouped off it passes the containers
 * through.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-groups"

#include "config.h"

#include "lading-compose-project-private.h"
#include "lading-container-groups.h"

struct _LadingContainerGroups
{
  GObject     parent_instance;

  /* Owned */
  GListModel *source;
  GPtrArray  *mirror;      /* the source's containers, in its order */
  GHashTable *projects;    /* name → LadingComposeProject */
  GHashTable *membership;  /* container (borrowed) → its project (borrowed) or NULL */
  GPtrArray  *items;       /* the top level, as consumers see it */
  gulong      items_changed_id;
  guint       n_shown_projects;  /* the projects at the head of items */

  guint       grouped : 1;
  guint       batching : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadingContainerGroups, lading_container_groups, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_CONTAINERS,
  PROP_GROUPED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
lading_container_groups_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
lading_container_groups_get_n_items (GListModel *model)
{
  return LADING_CONTAINER_GROUPS (model)->items->len;
}

static gpointer
lading_container_groups_get_item (GListModel *model,
                                  guint       position)
{
  LadingContainerGroups *self = LADING_CONTAINER_GROUPS (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = lading_container_groups_get_item_type;
  iface->get_n_items = lading_container_groups_get_n_items;
  iface->get_item = lading_container_groups_get_item;
}

static GHashTable *
set_from_array (GPtrArray *array)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < array->len; i++)
    g_hash_table_add (set, g_ptr_array_index (array, i));

  return set;
}

/* Removes the runs of items that @target lacks, last run first so that
 * each reported position is still right when it is reported. */
static void
emit_removals (LadingContainerGroups *self,
               GHashTable            *in_target)
{
  guint end = self->items->len;

  while (end > 0)
    {
      guint start;

      if (g_hash_table_contains (in_target, g_ptr_array_index (self->items, end - 1)))
        {
          end--;
          continue;
        }

      for (start = end - 1;
           start > 0 && !g_hash_table_contains (in_target, g_ptr_array_index (self->items, start - 1));
           start--)
        ;

      g_ptr_array_remove_range (self->items, start, end - start);
      g_list_model_items_changed (G_LIST_MODEL (self), start, end - start, 0);
      end = start;
    }
}

/* The items both lists hold are in the same order unless the source moved
 * a container that belongs to no project; then the span between the first
 * and the last difference is replaced. */
static void
emit_moves (LadingContainerGroups *self,
            GPtrArray             *target,
            GHashTable            *in_items)
{
  g_autoptr(GPtrArray) common = g_ptr_array_new ();
  guint first = 0;
  guint last;

  for (guint i = 0; i < target->len; i++)
    {
      if (g_hash_table_contains (in_items, g_ptr_array_index (target, i)))
        g_ptr_array_add (common, g_ptr_array_index (target, i));
    }

  g_assert (common->len == self->items->len);

  while (first < common->len && common->pdata[first] == self->items->pdata[first])
    first++;
  if (first == common->len)
    return;

  last = common->len - 1;
  while (common->pdata[last] == self->items->pdata[last])
    last--;

  for (guint i = first; i <= last; i++)
    {
      g_object_unref (self->items->pdata[i]);
      self->items->pdata[i] = g_object_ref (common->pdata[i]);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), first, last - first + 1, last - first + 1);
}

static void
emit_insertions (LadingContainerGroups *self,
                 GPtrArray             *target,
                 GHashTable            *in_items)
{
  guint i = 0;

  while (i < target->len)
    {
      guint start = i;

      while (i < target->len && !g_hash_table_contains (in_items, g_ptr_array_index (target, i)))
        {
          g_ptr_array_insert (self->items, i, g_object_ref (g_ptr_array_index (target, i)));
          i++;
        }

      if (i > start)
        g_list_model_items_changed (G_LIST_MODEL (self), start, 0, i - start);
      else
        i++;
    }
}

/* Turns the top level into @target in a few precise steps; the items list
 * is updated before each signal, as GListModel requires. */
static void
apply_target (LadingContainerGroups *self,
              GPtrArray             *target)
{
  g_autoptr(GHashTable) in_target = set_from_array (target);
  g_autoptr(GHashTable) in_items = set_from_array (self->items);

  emit_removals (self, in_target);
  emit_moves (self, target, in_items);
  emit_insertions (self, target, in_items);

  g_assert (self->items->len == target->len);
}

/* While a batch runs the top level waits; see source_items_changed_cb(). */
static void
insert_item (LadingContainerGroups *self,
             guint                  position,
             gpointer               item)
{
  if (self->batching)
    return;

  g_ptr_array_insert (self->items, position, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

static void
remove_item (LadingContainerGroups *self,
             gpointer               item)
{
  guint position;

  if (self->batching)
    return;

  if (!g_ptr_array_find (self->items, item, &position))
    g_return_if_reached ();

  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

static gboolean
is_loose (LadingContainerGroups *self,
          LadingContainer       *container)
{
  return !self->grouped || g_hash_table_lookup (self->membership, container) == NULL;
}

/* Where a project goes among those shown, which are sorted by name. */
static guint
project_position (LadingContainerGroups *self,
                  LadingComposeProject  *project)
{
  const char *name = lading_compose_project_get_name (project);
  guint low = 0;
  guint high = self->n_shown_projects;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_strcmp0 (lading_compose_project_get_name (self->items->pdata[middle]), name) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Where the loose container at @source_position goes: after the projects
 * and the loose containers before it in the source, which are all shown. */
static guint
loose_position (LadingContainerGroups *self,
                guint                  source_position)
{
  guint position = self->n_shown_projects;

  if (source_position + 1 == self->mirror->len)
    return self->items->len;

  for (guint i = 0; i < source_position; i++)
    {
      if (is_loose (self, g_ptr_array_index (self->mirror, i)))
        position++;
    }

  return position;
}

static void
show_project (LadingContainerGroups *self,
              LadingComposeProject  *project)
{
  if (!self->grouped || self->batching)
    return;

  insert_item (self, project_position (self, project), project);
  self->n_shown_projects++;
}

/* Joins the container's project, showing the project if it is new.
 * Returns whether the container is loose. */
static gboolean
join_project (LadingContainerGroups *self,
              LadingContainer       *container)
{
  const char *name = lading_container_get_compose_project (container);
  LadingComposeProject *project = NULL;
  gboolean created = FALSE;

  if (name != NULL && name[0] != '\0')
    {
      project = g_hash_table_lookup (self->projects, name);
      if (project == NULL)
        {
          project = _lading_compose_project_new (name);
          g_hash_table_insert (self->projects, g_strdup (name), project);
          created = TRUE;
        }
      _lading_compose_project_add (project, container);
    }

  g_hash_table_insert (self->membership, container, project);
  if (created)
    show_project (self, project);

  return project == NULL;
}

/* Leaves the container's project, or the top level if it is loose there;
 * an emptied project goes. */
static void
leave_project (LadingContainerGroups *self,
               LadingContainer       *container)
{
  LadingComposeProject *project = g_hash_table_lookup (self->membership, container);

  if (is_loose (self, container))
    remove_item (self, container);

  g_hash_table_remove (self->membership, container);
  if (project == NULL)
    return;

  _lading_compose_project_remove (project, container);
  if (lading_compose_project_get_n_containers (project) > 0)
    return;

  if (self->grouped && !self->batching)
    {
      remove_item (self, project);
      self->n_shown_projects--;
    }
  g_hash_table_remove (self->projects, lading_compose_project_get_name (project));
}

static void
relabel_cb (LadingContainerGroups *self,
            GParamSpec            *pspec,
            LadingContainer       *container)
{
  LadingComposeProject *project = g_hash_table_lookup (self->membership, container);
  const char *old_name = project ? lading_compose_project_get_name (project) : NULL;
  const char *new_name = lading_container_get_compose_project (container);
  guint source_position;

  if (new_name != NULL && new_name[0] == '\0')
    new_name = NULL;
  if (g_strcmp0 (old_name, new_name) == 0)
    return;

  leave_project (self, container);
  if ((join_project (self, container) || !self->grouped) &&
      g_ptr_array_find (self->mirror, container, &source_position))
    insert_item (self, loose_position (self, source_position), container);
}

static void
detach (LadingContainerGroups *self,
        LadingContainer       *container)
{
  g_signal_handlers_disconnect_by_func (container, relabel_cb, self);
  leave_project (self, container);
}

static int
compare_projects (gconstpointer a,
                  gconstpointer b)
{
  LadingComposeProject *project_a = *(LadingComposeProject **)a;
  LadingComposeProject *project_b = *(LadingComposeProject **)b;

  return g_strcmp0 (lading_compose_project_get_name (project_a),
                    lading_compose_project_get_name (project_b));
}

/* The top level from scratch, for a batch or a change of :grouped, which
 * apply_target() then reaches in a few precise steps. */
static void
regroup (LadingContainerGroups *self)
{
  g_autoptr(GPtrArray) target = g_ptr_array_new ();

  if (self->grouped)
    {
      GHashTableIter iter;
      gpointer project;

      g_hash_table_iter_init (&iter, self->projects);
      while (g_hash_table_iter_next (&iter, NULL, &project))
        g_ptr_array_add (target, project);
      g_ptr_array_sort (target, compare_projects);
    }
  self->n_shown_projects = target->len;

  for (guint i = 0; i < self->mirror->len; i++)
    {
      LadingContainer *container = g_ptr_array_index (self->mirror, i);

      if (is_loose (self, container))
        g_ptr_array_add (target, container);
    }

  apply_target (self, target);
}

/* Each container that comes or goes is one small items-changed, or none if
 * it is in a project that stays: rows, expansion and selection elsewhere
 * are left alone.  A container the source reports as removed and added at
 * once keeps its project. */
static void
source_items_changed_cb (LadingContainerGroups *self,
                         guint                  position,
                         guint                  removed,
                         guint                  added,
                         GListModel            *source)
{
  g_autoptr(GHashTable) arrived = g_hash_table_new (NULL, NULL);
  guint next_loose = G_MAXUINT;

  /* Many at once (the first list, a resync) would be as many signals:
   * the top level is then brought up to date once, at the end. */
  self->batching = removed + added > 1;

  for (guint i = 0; i < added; i++)
    g_hash_table_add (arrived, g_list_model_get_item (source, position + i));

  for (guint i = 0; i < removed; i++)
    {
      LadingContainer *container = g_ptr_array_index (self->mirror, position + i);

      if (!g_hash_table_contains (arrived, container))
        detach (self, container);
      else if (is_loose (self, container))
        remove_item (self, container);
    }
  g_ptr_array_remove_range (self->mirror, position, removed);

  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->mirror, position + i, g_list_model_get_item (source, position + i));

  for (guint i = position; i < position + added; i++)
    {
      LadingContainer *container = g_ptr_array_index (self->mirror, i);
      guint shown_projects = self->n_shown_projects;
      gboolean loose;

      g_object_unref (container);   /* the reference `arrived` took */

      if (g_hash_table_contains (self->membership, container))
        loose = is_loose (self, container);
      else
        {
          g_signal_connect_object (container, "notify::compose-project",
                                   G_CALLBACK (relabel_cb), self, G_CONNECT_SWAPPED);
          loose = join_project (self, container) || !self->grouped;
        }

      /* A project shown just now moved the loose containers down by one. */
      if (next_loose != G_MAXUINT)
        next_loose += self->n_shown_projects - shown_projects;

      if (!loose)
        continue;
      if (next_loose == G_MAXUINT)
        next_loose = loose_position (self, i);
      insert_item (self, next_loose++, container);
    }

  if (self->batching)
    {
      self->batching = FALSE;
      regroup (self);
    }
}

static void
lading_container_groups_constructed (GObject *object)
{
  LadingContainerGroups *self = (LadingContainerGroups *)object;

  G_OBJECT_CLASS (lading_container_groups_parent_class)->constructed (object);

  g_return_if_fail (self->source != NULL);

  self->items_changed_id =
    g_signal_connect_object (self->source, "items-changed",
                             G_CALLBACK (source_items_changed_cb), self, G_CONNECT_SWAPPED);
  source_items_changed_cb (self, 0, 0, g_list_model_get_n_items (self->source), self->source);
}

static void
lading_container_groups_dispose (GObject *object)
{
  LadingContainerGroups *self = (LadingContainerGroups *)object;

  g_assert (LADING_IS_CONTAINER_GROUPS (self));

  if (self->source != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->source);

  /* The containers outlive us: stop following their labels. */
  for (guint i = 0; self->mirror != NULL && i < self->mirror->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->mirror, i), relabel_cb, self);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->membership, g_hash_table_unref);
  g_clear_pointer (&self->projects, g_hash_table_unref);
  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (lading_container_groups_parent_class)->dispose (object);
}

static void
lading_container_groups_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LadingContainerGroups *self = LADING_CONTAINER_GROUPS (object);

  switch (prop_id)
    {
    case PROP_CONTAINERS:
      g_value_set_object (value, self->source);
      break;

    case PROP_GROUPED:
      g_value_set_boolean (value, self->grouped);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_groups_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LadingContainerGroups *self = LADING_CONTAINER_GROUPS (object);

  switch (prop_id)
    {
    case PROP_CONTAINERS:
      self->source = g_value_dup_object (value);
      break;

    case PROP_GROUPED:
      lading_container_groups_set_grouped (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_groups_class_init (LadingContainerGroupsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lading_container_groups_constructed;
  object_class->dispose = lading_container_groups_dispose;
  object_class->get_property = lading_container_groups_get_property;
  object_class->set_property = lading_container_groups_set_property;

  /**
   * LadingContainerGroups:containers:
   *
   * The containers to group: a #GListModel of #LadingContainer, usually the
   * store's.
   */
  properties [PROP_CONTAINERS] =
    g_param_spec_object ("containers", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingContainerGroups:grouped:
   *
   * Whether containers of a compose project are under their project; when
   * off, the model lists every container.
   */
  properties [PROP_GROUPED] =
    g_param_spec_boolean ("grouped", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_container_groups_init (LadingContainerGroups *self)
{
  self->grouped = TRUE;
  self->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->projects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->membership = g_hash_table_new (NULL, NULL);
}

/**
 * lading_container_groups_new:
 * @containers: a #GListModel of #LadingContainer
 *
 * Returns: (transfer full): a model of #LadingComposeProject and
 *   #LadingContainer that follows @containers
 */
LadingContainerGroups *
lading_container_groups_new (GListModel *containers)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (containers), NULL);

  return g_object_new (LADING_TYPE_CONTAINER_GROUPS,
                       "containers", containers,
                       NULL);
}

/**
 * lading_container_groups_get_containers:
 * @self: a #LadingContainerGroups
 *
 * Returns: (transfer none): the containers being grouped
 */
GListModel *
lading_container_groups_get_containers (LadingContainerGroups *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_GROUPS (self), NULL);

  return self->source;
}

gboolean
lading_container_groups_get_grouped (LadingContainerGroups *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_GROUPS (self), FALSE);

  return self->grouped;
}

void
lading_container_groups_set_grouped (LadingContainerGroups *self,
                                     gboolean               grouped)
{
  g_return_if_fail (LADING_IS_CONTAINER_GROUPS (self));

  grouped = !!grouped;
  if (self->grouped == grouped)
    return;

  self->grouped = grouped;
  /* Not constructed yet: the first sync comes with the source. */
  if (self->source != NULL && self->items_changed_id != 0)
    regroup (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GROUPED]);
}

/**
 * lading_container_groups_lookup_project:
 * @self: a #LadingContainerGroups
 * @name: a compose project's name
 *
 * Finds a project whether or not the model is grouped.
 *
 * Returns: (transfer none) (nullable): the project, if any container has
 *   its label
 */
LadingComposeProject *
lading_container_groups_lookup_project (LadingContainerGroups *self,
                                        const char            *name)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_GROUPS (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->projects, name);
}

/**
 * lading_container_groups_create_children:
 * @item: an item of a #LadingContainerGroups
 * @user_data: unused
 *
 * The children of a top-level item, in the shape of a
 * GtkTreeListModelCreateModelFunc.
 *
 * Returns: (transfer full) (nullable): a project's containers, or %NULL
 *   for a container
 */
GListModel *
lading_container_groups_create_children (gpointer item,
                                         gpointer user_data)
{
  if (!LADING_IS_COMPOSE_PROJECT (item))
    return NULL;

  return g_object_ref (lading_compose_project_get_containers (item));
}
