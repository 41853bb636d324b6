// Tests place their own widgets: turn off the page-level auto-insert before the entry loads.
document.documentElement.dataset.supportWidget = 'manual';
