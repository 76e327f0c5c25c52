/* lading-compose-project.c
 *
 * One compose project: the containers that carry its
 * com.docker.compose.project label, and how many of them run, are paused or
 * have stopped, kept current as their states change.  The wording of that
 * summary belongs to the widgets; this only counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-compose-project"

#include "config.h"

#include "lading-api-enums.h"
#include "lading-compose-project-private.h"

struct _LadingComposeProject
{
  GObject               parent_instance;

  /* Owned */
  char                 *name;
  GListStore           *containers;

  guint                 n_running;
  guint                 n_paused;
  guint                 n_exited;
  LadingContainerState  state;
};

G_DEFINE_FINAL_TYPE (LadingComposeProject, lading_compose_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_CONTAINERS,
  PROP_N_CONTAINERS,
  PROP_N_RUNNING,
  PROP_N_PAUSED,
  PROP_N_EXITED,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_count (LadingComposeProject *self,
           guint                *field,
           guint                 value,
           guint                 prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/* The state a badge or a sort shows for the project as a whole: the most
 * lively state among its containers. */
static LadingContainerState
derive_state (LadingComposeProject *self)
{
  if (self->n_running > 0)
    return LADING_CONTAINER_STATE_RUNNING;
  if (self->n_paused > 0)
    return LADING_CONTAINER_STATE_PAUSED;
  if (self->n_exited > 0)
    return LADING_CONTAINER_STATE_EXITED;

  return LADING_CONTAINER_STATE_UNKNOWN;
}

typedef struct
{
  guint running;
  guint paused;
  guint exited;
} Counts;

static void
count_container (Counts          *counts,
                 LadingContainer *container)
{
  switch (lading_container_get_state (container))
    {
    case LADING_CONTAINER_STATE_RUNNING:
    case LADING_CONTAINER_STATE_RESTARTING:
      counts->running++;
      break;

    case LADING_CONTAINER_STATE_PAUSED:
      counts->paused++;
      break;

    case LADING_CONTAINER_STATE_CREATED:
    case LADING_CONTAINER_STATE_EXITED:
    case LADING_CONTAINER_STATE_DEAD:
      counts->exited++;
      break;

    case LADING_CONTAINER_STATE_UNKNOWN:
    case LADING_CONTAINER_STATE_REMOVING:
    default:
      break;
    }
}

static void
apply_counts (LadingComposeProject *self,
              const Counts         *counts)
{
  LadingContainerState state;

  g_object_freeze_notify (G_OBJECT (self));

  set_count (self, &self->n_running, counts->running, PROP_N_RUNNING);
  set_count (self, &self->n_paused, counts->paused, PROP_N_PAUSED);
  set_count (self, &self->n_exited, counts->exited, PROP_N_EXITED);

  state = derive_state (self);
  if (state != self->state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* A container that changed state or left is recounted with all the others,
 * which is linear in the project's size and simpler than tracking each
 * container's old state; one that joins only adds to the counts, so a
 * project filled one container at a time stays linear too. */
static void
recount (LadingComposeProject *self)
{
  GListModel *model = G_LIST_MODEL (self->containers);
  guint n_items = g_list_model_get_n_items (model);
  Counts counts = { 0, 0, 0 };

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (model, i);

      count_container (&counts, container);
    }

  apply_counts (self, &counts);
}

static void
lading_compose_project_dispose (GObject *object)
{
  LadingComposeProject *self = (LadingComposeProject *)object;
  GListModel *model = G_LIST_MODEL (self->containers);

  g_assert (LADING_IS_COMPOSE_PROJECT (self));

  /* The containers belong to the store and outlive the project. */
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (model, i);

      g_signal_handlers_disconnect_by_func (container, recount, self);
    }

  g_clear_object (&self->containers);

  G_OBJECT_CLASS (lading_compose_project_parent_class)->dispose (object);
}

static void
lading_compose_project_finalize (GObject *object)
{
  LadingComposeProject *self = (LadingComposeProject *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (lading_compose_project_parent_class)->finalize (object);
}

static void
lading_compose_project_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LadingComposeProject *self = LADING_COMPOSE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CONTAINERS:
      g_value_set_object (value, self->containers);
      break;

    case PROP_N_CONTAINERS:
      g_value_set_uint (value, lading_compose_project_get_n_containers (self));
      break;

    case PROP_N_RUNNING:
      g_value_set_uint (value, self->n_running);
      break;

    case PROP_N_PAUSED:
      g_value_set_uint (value, self->n_paused);
      break;

    case PROP_N_EXITED:
      g_value_set_uint (value, self->n_exited);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_compose_project_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LadingComposeProject *self = LADING_COMPOSE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
count_param (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL,
                            0, G_MAXUINT, 0,
                            (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
lading_compose_project_class_init (LadingComposeProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_compose_project_dispose;
  object_class->finalize = lading_compose_project_finalize;
  object_class->get_property = lading_compose_project_get_property;
  object_class->set_property = lading_compose_project_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingComposeProject:containers:
   *
   * The project's containers, a #GListModel of #LadingContainer in the
   * order they appeared in.  Do not modify it.
   */
  properties [PROP_CONTAINERS] =
    g_param_spec_object ("containers", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_CONTAINERS] = count_param ("n-containers");

  /**
   * LadingComposeProject:n-running:
   *
   * How many containers run, restarting ones included.
   */
  properties [PROP_N_RUNNING] = count_param ("n-running");
  properties [PROP_N_PAUSED] = count_param ("n-paused");

  /**
   * LadingComposeProject:n-exited:
   *
   * How many containers do not run: exited, created but never started, or
   * dead.
   */
  properties [PROP_N_EXITED] = count_param ("n-exited");

  /**
   * LadingComposeProject:state:
   *
   * The project's state as a whole: running if any container runs, else
   * paused if any is paused, else exited if any has stopped, else unknown.
   */
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LADING_TYPE_CONTAINER_STATE,
                       LADING_CONTAINER_STATE_UNKNOWN,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_compose_project_init (LadingComposeProject *self)
{
  self->containers = g_list_store_new (LADING_TYPE_CONTAINER);
}

LadingComposeProject *
_lading_compose_project_new (const char *name)
{
  return g_object_new (LADING_TYPE_COMPOSE_PROJECT,
                       "name", name,
                       NULL);
}

/* Appends @container and follows its state until it is removed. */
void
_lading_compose_project_add (LadingComposeProject *self,
                             LadingContainer      *container)
{
  Counts counts;

  g_return_if_fail (LADING_IS_COMPOSE_PROJECT (self));
  g_return_if_fail (LADING_IS_CONTAINER (container));

  counts = (Counts) { self->n_running, self->n_paused, self->n_exited };
  g_signal_connect_swapped (container, "notify::state", G_CALLBACK (recount), self);
  g_list_store_append (self->containers, container);

  g_object_freeze_notify (G_OBJECT (self));
  count_container (&counts, container);
  apply_counts (self, &counts);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_CONTAINERS]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
_lading_compose_project_remove (LadingComposeProject *self,
                                LadingContainer      *container)
{
  guint position;

  g_return_if_fail (LADING_IS_COMPOSE_PROJECT (self));
  g_return_if_fail (LADING_IS_CONTAINER (container));

  if (!g_list_store_find (self->containers, container, &position))
    g_return_if_reached ();

  g_signal_handlers_disconnect_by_func (container, recount, self);
  g_list_store_remove (self->containers, position);

  g_object_freeze_notify (G_OBJECT (self));
  recount (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_CONTAINERS]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
lading_compose_project_get_name (LadingComposeProject *self)
{
  g_return_val_if_fail (LADING_IS_COMPOSE_PROJECT (self), NULL);

  return self->name;
}

/**
 * lading_compose_project_get_containers:
 * @self: a #LadingComposeProject
 *
 * Returns: (transfer none): the project's containers, a live #GListModel of
 *   #LadingContainer
 */
GListModel *
lading_compose_project_get_containers (LadingComposeProject *self)
{
  g_return_val_if_fail (LADING_IS_COMPOSE_PROJECT (self), NULL);

  return G_LIST_MODEL (self->containers);
}

guint
lading_compose_project_get_n_containers (LadingComposeProject *self)
{
  g_return_val_if_fail (LADING_IS_COMPOSE_PROJECT (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->containers));
}

guint
lading_compose_project_get_n_running (LadingComposeProject *self)
{
  g_return_val_if_fail (LADING_IS_COMPOSE_PROJECT (self), 0);

  return self->n_running;
}

guint
lading_compose_project_get_n_paused (LadingComposeProject *self)
{
  g_return_val_if_fail (LADING_IS_COMPOSE_PROJECT (self), 0);

  return self->n_paused;
}

guint
lading_compose_project_get_n_exited (LadingComposeProject *self)
{
  g_return_val_if_fail (LADING_IS_COMPOSE_PROJECT (self), 0);

  return self->n_exited;
}

LadingContainerState
lading_compose_project_get_state (LadingComposeProject *self)
{
  g_return_val_if_fail (LADING_IS_COMPOSE_PROJECT (self), LADING_CONTAINER_STATE_UNKNOWN);

  return self->state;
}
