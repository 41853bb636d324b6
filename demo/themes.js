const w = document.getElementById('w');
document.getElementById('controls').addEventListener('input', (e) => {
  const { name, value, checked } = e.target;
  if (name === 'branded') w.classList.toggle('branded', checked);
  else w.setAttribute(name, value);
});
document.getElementById('open-contact').addEventListener('click', () => window.SupportWidget.open('contact'));
