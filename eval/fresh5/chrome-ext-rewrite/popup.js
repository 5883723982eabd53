const box = document.getElementById('auto');
chrome.storage.sync.get('auto').then(({ auto }) => { box.checked = !!auto; });
box.addEventListener('change', () => chrome.storage.sync.set({ auto: box.checked }));
