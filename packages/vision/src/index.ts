/** @ghostguard/vision — screenshots and QR codes, offline and in memory (Node only). */
export { readImage, sniffFormat, DEFAULT_IMAGE_LIMITS } from './image.ts';
export type { RgbaImage, ImageLimits, ImageFormat } from './image.ts';
export { decodeQr, downscale } from './qr.ts';
export { classifyQrPayload, isWhatsAppLinkPayload, isTelegramLoginPayload, QR_LINK_WARNING } from './qr-payload.ts';
export type { QrPayload, QrPayloadKind } from './qr-payload.ts';
export { runTesseract, tesseractAvailable } from './ocr.ts';
export type { OcrOptions } from './ocr.ts';
export { repairOcrText } from './ocr-text.ts';
export { readLinkedDevices, isLinkedDevicesScreen, renderLinkedDevices } from './linked-devices.ts';
export type { LinkedDevice, LinkedDevicesReading, LinkedDevicesAnswer, LastActiveKind, ReadOptions } from './linked-devices.ts';
export { LINKED_DEVICES_STRINGS, LINKED_DEVICES_TEXTS } from './linked-devices-strings.ts';
export type { LinkedDevicesLang } from './linked-devices-strings.ts';
export { analyzeImage, worstVerdict } from './analyze-image.ts';
export type { ImageAnalysis, ImageKind, AnalyzeImageOptions } from './analyze-image.ts';
export { VisionError, isVisionError } from './errors.ts';
export type { VisionErrorCode } from './errors.ts';
