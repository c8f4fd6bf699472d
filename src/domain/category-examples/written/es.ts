import type { WrittenExamples } from '../types.js';

export const ES: WrittenExamples = {
  connectivity: [
    'Los usuarios se quedan con la ruedita girando y nunca entran a la sala.',
    'Al pasar del wifi a datos móviles la sesión ya no vuelve.',
    'A la gente la sacan de la reunión cada pocos minutos y tiene que volver a entrar.',
    'El anfitrión desaparece para los demás aunque en su pantalla sigue dentro.',
    'Desde esta mañana nadie en Europa logra llegar a sus servidores.',
    'Se queda en "reconectando" un buen rato y al final se rinde.',
  ],
  av_quality: [
    'La otra persona escucha su propia voz de vuelta un momento después.',
    'Los labios se mueven antes de que llegue el sonido, parece una película mal doblada.',
    'Las caras se vuelven cuadritos cuando alguien mueve la cabeza.',
    'Hay un siseo constante detrás de cada persona que habla.',
    'La imagen se queda quieta cada pocos segundos mientras el sonido sigue.',
    'Uno de los lados se oye bajísimo aunque el volumen esté al máximo.',
  ],
  crash: [
    'La app se cierra sola y vuelve a la pantalla de inicio cuando entra la segunda persona.',
    'Al tocar colgar se muere todo el proceso.',
    'La interfaz se congela por completo y Android ofrece cerrar la aplicación.',
    'iOS termina la app en cuanto se enciende la cámara.',
    'Vemos un SIGSEGV en la librería nativa justo al salir del canal.',
    'El editor de Unity se cierra sin avisar al darle play con el plugin activo.',
  ],
  feature: [
    'Los mensajes enviados durante la llamada llegan desordenados a los demás.',
    'El archivo de la grabación en la nube no tiene el audio del segundo participante.',
    'Al compartir pantalla los espectadores solo ven un rectángulo negro.',
    'El desenfoque de fondo no hace nada, se sigue viendo la habitación.',
    'Quien entra tarde no ve lo que ya está dibujado en la pizarra.',
    'El evento de levantar la mano nunca le llega al anfitrión.',
  ],
  compatibility: [
    'Todo funciona en Chrome pero en Safari la vista previa de la cámara queda vacía.',
    'Solo los Pixel 6 muestran la imagen verde, los Samsung van bien.',
    'Desde que pasaron a la beta nueva de iOS el micrófono está mudo; versiones anteriores bien.',
    'En Firefox nadie nos escucha y la misma página en Chrome sí funciona.',
    'Pasa únicamente en equipos Xiaomi con MIUI 14.',
    'En Samsung Internet no arranca la llamada, con Chrome en el mismo teléfono sí.',
  ],
  other: [
    'Nos cobraron dos veces noviembre, por favor devuelvan la factura duplicada.',
    '¿Dónde encuentro la documentación de la API REST del servicio de grabación?',
    '¿Cómo agrego un segundo administrador a nuestra cuenta de la consola?',
    '¿Nos pueden enviar una cotización para 500.000 minutos al mes?',
    'Olvidé la contraseña del portal de desarrolladores y el correo para restablecerla no llega.',
    'Por favor cambien la dirección de facturación de nuestra cuenta.',
  ],
};
